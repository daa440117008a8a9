package io.paymenthub.web.pay;

import io.paymenthub.callback.ReturnHandler;
import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.control.HostedCheckouts;
import io.paymenthub.web.openapi.ApiDoc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /pay/{token}}: sends the payer on to the payment's gateway — a redirect, an auto-posted form, or
 * the gateway's widget or page — while the payment can still be paid; otherwise to the result page, which
 * follows the payment until it is final and then leads back to the shop.
 */
@Path("pay/{token}")
@RequestScoped
@Tag(name = "Payers")
public class HostedPagesResource {

    /** How long a final result page shows its outcome before taking the payer back to the shop. */
    static final int BACK_AFTER_MS = 4000;

    @Inject
    HostedCheckouts checkouts;

    @Inject
    ReturnHandler returns;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "openHostedPage",
            summary = "The hosted checkout page: where a payment's checkout sends the payer")
    @APIResponse(responseCode = "200", description = "A page that posts the gateway's form or shows its widget",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "303", description = "To the gateway's page, or to the result once the payment is"
            + " no longer payable", headers = @Header(name = "Location",
            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response open(@PathParam("token") String token,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Payment payment = checkouts.byToken(token);
        Checkout checkout = payment.checkout();
        boolean payable = payment.status() == PaymentStatus.PENDING || payment.status() == PaymentStatus.CREATED;
        if (!payable || checkout == null) {
            return Response.seeOther(URI.create("/pay/" + token + "/result")).build();
        }
        PageText text = PageText.forPayment(payment, acceptLanguage);
        if (checkout.type() == Checkout.Type.FORM) {
            return Response.ok(autoPostForm(checkout, text)).build();
        }
        if (checkout.type() == Checkout.Type.WIDGET && checkout.widgetScript() != null && checkout.token() != null) {
            return Response.ok(WidgetPage.render(payment, checkout, text)).build();
        }
        return Response.seeOther(URI.create(checkout.url())).build();
    }

    @GET
    @Path("result")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showResultPage", summary = "The hub's result page of a payment")
    @APIResponse(responseCode = "200", description = "The outcome, then back to the shop",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public String result(@PathParam("token") String token,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Payment payment = checkouts.byToken(token);
        PageText text = PageText.forPayment(payment, acceptLanguage);
        boolean over = PayerStatusJson.isOverForPayer(payment.status());
        Optional<String> back = over ? returns.backToShop(payment) : Optional.empty();
        String status = text.status(payment.status());
        StringBuilder body = new StringBuilder()
                .append("<h1>").append(Html.escape(payment.description())).append("</h1>")
                .append("<p class=\"amount\">").append(Html.escape(payment.amount().toString())).append("</p>")
                .append("<p role=\"status\">").append(Html.escape(text.get("status.label")))
                .append(": <span class=\"status\" data-status=\"").append(payment.status()).append("\">")
                .append(Html.escape(status)).append("</span></p>")
                .append("<div id=\"result\" data-status=\"").append(payment.status())
                .append("\" data-final=\"").append(over)
                .append("\" data-status-url=\"/pay/").append(Html.escape(token)).append("/status")
                .append("\" data-back=\"").append(Html.escape(back.orElse("")))
                .append("\" data-back-after-ms=\"").append(BACK_AFTER_MS).append("\"></div>");
        if (!over) {
            body.append("<p class=\"note\">").append(Html.escape(text.get("result.waiting"))).append(" <a href=\"/pay/")
                    .append(Html.escape(token)).append("/result\">").append(Html.escape(text.get("result.checkAgain")))
                    .append("</a></p>");
        } else if (back.isPresent()) {
            body.append("<p class=\"note\">").append(Html.escape(text.get("result.leaving"))).append("</p>")
                    .append("<p><a class=\"back\" href=\"").append(Html.escape(back.get())).append("\">")
                    .append(Html.escape(text.get("result.back"))).append("</a></p>");
        }
        body.append(PageScripts.element(PageScripts.RESULT));
        return Html.page(text.locale(), text.get("title.payment", status), body.toString());
    }

    static String autoPostForm(Checkout checkout, PageText text) {
        StringBuilder fields = new StringBuilder();
        for (Map.Entry<String, String> field : checkout.fields().entrySet()) {
            fields.append("<input type=\"hidden\" name=\"").append(Html.escape(field.getKey()))
                    .append("\" value=\"").append(Html.escape(field.getValue())).append("\">");
        }
        return Html.page(text.locale(), text.get("title.redirect"),
                "<form id=\"checkout\" method=\"post\" action=\"" + Html.escape(checkout.url()) + "\">" + fields
                        + "<p class=\"note\">" + Html.escape(text.get("redirect.note")) + "</p>"
                        + "<button class=\"pay\" type=\"submit\">" + Html.escape(text.get("redirect.continue"))
                        + "</button></form>" + PageScripts.element(PageScripts.AUTO_POST));
    }
}
