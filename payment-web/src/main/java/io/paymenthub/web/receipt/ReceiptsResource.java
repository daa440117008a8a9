package io.paymenthub.web.receipt;

import io.paymenthub.receipt.control.Receipts;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/payments/{id}/receipt}: JSON, or the printable page with {@code Accept: text/html}. */
@Path("api/v1/payments/{id}/receipt")
@RequestScoped
@MerchantApi
public class ReceiptsResource {

    @Inject
    CallingApp app;

    @Inject
    Receipts receipts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReceiptJson json(@PathParam("id") String paymentId) {
        return ReceiptJson.of(receipts.of(app.id(), paymentId));
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8;qs=0.5")
    public String html(@PathParam("id") String paymentId) {
        return ReceiptPage.of(ReceiptJson.of(receipts.of(app.id(), paymentId)));
    }
}
