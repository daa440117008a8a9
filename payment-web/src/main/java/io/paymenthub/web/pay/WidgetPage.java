package io.paymenthub.web.pay;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.payment.Payment;
import jakarta.json.JsonObjectBuilder;

/**
 * The hosted page of a widget checkout: loads the gateway's script, opens its widget with the checkout token,
 * and falls back to the gateway's own page when the script cannot be loaded. Whatever the widget says when it
 * closes, the page decides nothing: the verified webhook does, and the page waits for it on the result page.
 *
 * <p>The script is {@link PageScripts#WIDGET}. Close statuses (BeGateway's {@code closeWidget}): {@code successful}, {@code pending} and
 * {@code redirected} wait for the webhook; {@code failed} and {@code error} offer another try; none (the payer
 * closed the window) offers to open it again.
 *
 * <p>A checkout with {@code widgetFunction} (epayment.kz: {@code halyk.pay}) is opened by calling that function
 * with the options instead; the token goes in the option {@code tokenOption} (default {@code token}), parsed as
 * JSON when {@code tokenFormat} is {@code json}, and the options named in {@code jsonOptions} are parsed as JSON (numbers, booleans).
 */
final class WidgetPage {

    /** Checkout fields that tell the page how to open the widget; all others are the widget's options. */
    static final java.util.List<String> PAGE_FIELDS = java.util.List.of("widgetClass", "widgetFunction", "tokenOption",
            "tokenFormat", "jsonOptions");

    private WidgetPage() {
    }

    static String render(Payment payment, Checkout checkout, PageText text) {
        JsonObjectBuilder options = JSON.createObjectBuilder();
        checkout.fields().forEach((key, value) -> {
            if (!PAGE_FIELDS.contains(key)) {
                options.add(key, value);
            }
        });
        String widgetClass = checkout.fields().getOrDefault("widgetClass", "");
        StringBuilder calling = new StringBuilder();
        for (String field : PAGE_FIELDS.subList(1, PAGE_FIELDS.size())) {
            String value = checkout.fields().get(field);
            if (value != null) {
                calling.append("\" data-").append(field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT))
                        .append("=\"").append(Html.escape(value));
            }
        }
        return Html.page(text.locale(), payment.description() == null ? text.get("title.redirect")
                : payment.description(), "<h1>" + Html.escape(payment.description()) + "</h1>"
                + "<p class=\"amount\">" + Html.escape(payment.amount().toString()) + "</p>"
                + "<div id=\"widget\" data-token=\"" + Html.escape(checkout.token())
                + "\" data-script=\"" + Html.escape(checkout.widgetScript())
                + "\" data-widget-class=\"" + Html.escape(widgetClass)
                + calling
                + "\" data-options=\"" + Html.escape(options.build().toString())
                + "\" data-fallback=\"" + Html.escape(checkout.url())
                + "\" data-payment-token=\"" + Html.escape(payment.token())
                + "\" data-msg-waiting=\"" + Html.escape(text.get("widget.waiting"))
                + "\" data-msg-declined=\"" + Html.escape(text.get("widget.declined"))
                + "\" data-msg-error=\"" + Html.escape(text.get("widget.error"))
                + "\" data-msg-closed=\"" + Html.escape(text.get("widget.closed"))
                + "\" data-result=\"/pay/" + Html.escape(payment.token()) + "/result\"></div>"
                + "<p class=\"note\" id=\"note\" role=\"status\">" + Html.escape(text.get("widget.opening")) + "</p>"
                + "<button class=\"pay\" id=\"retry\" type=\"button\" hidden>" + Html.escape(text.get("widget.pay"))
                + "</button>"
                + "<p class=\"note\"><a href=\"" + Html.escape(checkout.url()) + "\">"
                + Html.escape(text.get("widget.fallback")) + "</a></p>"
                + PageScripts.element(PageScripts.WIDGET));
    }
}
