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
 * <p>Close statuses (BeGateway's {@code closeWidget}): {@code successful}, {@code pending} and
 * {@code redirected} wait for the webhook; {@code failed} and {@code error} offer another try; none (the payer
 * closed the window) offers to open it again.
 *
 * <p>A checkout with {@code widgetFunction} (epayment.kz: {@code halyk.pay}) is opened by calling that function
 * with the options instead; the token goes in the option {@code tokenOption} (default {@code token}), parsed as
 * JSON when {@code tokenFormat} is {@code json}, and the options named in {@code jsonOptions} are parsed as JSON (numbers, booleans).
 */
final class WidgetPage {

    private static final String SCRIPT = """
            (function () {
              var d = document.getElementById('widget').dataset;
              var note = document.getElementById('note');
              var retry = document.getElementById('retry');
              function say(text, canRetry) { note.textContent = text; retry.hidden = !canRetry; }
              function waitForGateway() { say('Waiting for the gateway\\u2019s confirmation\\u2026', false); location.href = d.result; }
              function closed(status) {
                if (status === 'successful' || status === 'pending' || status === 'redirected') { waitForGateway(); }
                else if (status === 'failed') { say('The payment was declined. You can try again.', true); }
                else if (status === 'error') { say('The payment could not be completed. You can try again.', true); }
                else { say('The payment window was closed before paying.', true); }
              }
              function lookup(path) { return path.split('.').reduce(function (o, k) { return o == null ? o : o[k]; }, window); }
              function open() {
                var options = JSON.parse(d.options);
                (d.jsonOptions || '').split(',').forEach(function (k) { if (k && k in options) { options[k] = JSON.parse(options[k]); } });
                options[d.tokenOption || 'token'] = d.tokenFormat === 'json' ? JSON.parse(d.token) : d.token;
                if (d.widgetFunction) {
                  var pay = lookup(d.widgetFunction);
                  if (typeof pay !== 'function') { location.replace(d.fallback); return; }
                  say('', false);
                  pay.call(lookup(d.widgetFunction.split('.').slice(0, -1).join('.')) || window, options);
                  return;
                }
                var Widget = window[d.widgetClass];
                if (typeof Widget !== 'function') { location.replace(d.fallback); return; }
                options.closeWidget = closed;
                say('', false);
                new Widget(options).createWidget();
              }
              retry.addEventListener('click', open);
              var script = document.createElement('script');
              script.src = d.script;
              script.onload = open;
              script.onerror = function () { location.replace(d.fallback); };
              document.head.appendChild(script);
            })();
            """;

    /** Checkout fields that tell the page how to open the widget; all others are the widget's options. */
    static final java.util.List<String> PAGE_FIELDS = java.util.List.of("widgetClass", "widgetFunction", "tokenOption",
            "tokenFormat", "jsonOptions");

    private WidgetPage() {
    }

    static String render(Payment payment, Checkout checkout) {
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
        return Html.page("Payment", "<h1>" + Html.escape(payment.description()) + "</h1>"
                + "<p class=\"amount\">" + Html.escape(payment.amount().toString()) + "</p>"
                + "<div id=\"widget\" data-token=\"" + Html.escape(checkout.token())
                + "\" data-script=\"" + Html.escape(checkout.widgetScript())
                + "\" data-widget-class=\"" + Html.escape(widgetClass)
                + calling
                + "\" data-options=\"" + Html.escape(options.build().toString())
                + "\" data-fallback=\"" + Html.escape(checkout.url())
                + "\" data-result=\"/pay/" + Html.escape(payment.token()) + "/result\"></div>"
                + "<p class=\"note\" id=\"note\">Opening the payment window…</p>"
                + "<form onsubmit=\"return false\"><button class=\"pay\" id=\"retry\" type=\"button\" hidden>Pay</button></form>"
                + "<p class=\"note\"><a href=\"" + Html.escape(checkout.url()) + "\">Continue on the payment page</a></p>"
                + "<script>" + SCRIPT + "</script>");
    }
}
