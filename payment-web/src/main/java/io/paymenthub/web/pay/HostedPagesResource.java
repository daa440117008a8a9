package io.paymenthub.web.pay;

import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.control.HostedCheckouts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * {@code GET /pay/{token}}: sends the payer on to the payment's gateway — a redirect, an auto-posted form, or
 * the gateway's widget or page — while the payment can still be paid; otherwise to the result page.
 */
@Path("pay/{token}")
@RequestScoped
public class HostedPagesResource {

    @Inject
    HostedCheckouts checkouts;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response open(@PathParam("token") String token) {
        Payment payment = checkouts.byToken(token);
        Checkout checkout = payment.checkout();
        boolean payable = payment.status() == PaymentStatus.PENDING || payment.status() == PaymentStatus.CREATED;
        if (!payable || checkout == null) {
            return Response.seeOther(URI.create("/pay/" + token + "/result")).build();
        }
        if (checkout.type() == Checkout.Type.FORM) {
            return Response.ok(autoPostForm(checkout)).build();
        }
        if (checkout.type() == Checkout.Type.WIDGET && checkout.widgetScript() != null && checkout.token() != null) {
            return Response.ok(WidgetPage.render(payment, checkout)).build();
        }
        return Response.seeOther(URI.create(checkout.url())).build();
    }

    @GET
    @Path("result")
    @Produces(MediaType.TEXT_HTML)
    public String result(@PathParam("token") String token) {
        Payment payment = checkouts.byToken(token);
        String refresh = payment.status().isFinal() ? "" : "<meta http-equiv=\"refresh\" content=\"3\">";
        return Html.page("Payment " + payment.status(), refresh
                + "<h1>" + Html.escape(payment.description()) + "</h1>"
                + "<p class=\"amount\">" + Html.escape(payment.amount().toString()) + "</p>"
                + "<p>Status: <span class=\"status\">" + payment.status() + "</span></p>"
                + (payment.status().isFinal() ? "" : "<p class=\"note\">Waiting for the gateway's confirmation…</p>"));
    }

    static String autoPostForm(Checkout checkout) {
        StringBuilder fields = new StringBuilder();
        for (Map.Entry<String, String> field : checkout.fields().entrySet()) {
            fields.append("<input type=\"hidden\" name=\"").append(Html.escape(field.getKey()))
                    .append("\" value=\"").append(Html.escape(field.getValue())).append("\">");
        }
        return Html.page("Redirecting to payment",
                "<form id=\"checkout\" method=\"post\" action=\"" + Html.escape(checkout.url()) + "\">" + fields
                        + "<p class=\"note\">Taking you to the payment page…</p>"
                        + "<button class=\"pay\" type=\"submit\">Continue to payment</button></form>"
                        + "<script>document.getElementById('checkout').submit();</script>");
    }
}
