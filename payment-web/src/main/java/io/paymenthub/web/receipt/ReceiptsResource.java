package io.paymenthub.web.receipt;

import io.paymenthub.receipt.control.Receipts;
import io.paymenthub.web.openapi.ApiDoc;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/payments/{id}/receipt}: JSON, or the printable page with {@code Accept: text/html}. */
@Path("api/v1/payments/{id}/receipt")
@RequestScoped
@MerchantApi
@Tag(name = "Payments")
@SecurityRequirement(name = ApiDoc.BEARER)
public class ReceiptsResource {

    @Inject
    CallingApp app;

    @Inject
    Receipts receipts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReceipt",
            summary = "A paid payment's receipt", description = "As JSON, or as a printable page when the request"
            + " accepts text/html only.")
    @APIResponse(responseCode = "200", description = "The receipt", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptJson.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public ReceiptJson json(@PathParam("id") String paymentId) {
        return ReceiptJson.of(receipts.of(app.id(), paymentId));
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8;qs=0.5")
    @Operation(hidden = true)
    public String html(@PathParam("id") String paymentId) {
        return ReceiptPage.of(ReceiptJson.of(receipts.of(app.id(), paymentId)));
    }
}
