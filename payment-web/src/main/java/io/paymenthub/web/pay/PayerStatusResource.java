package io.paymenthub.web.pay;

import io.paymenthub.callback.ReturnHandler;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.control.HostedCheckouts;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.openapi.ApiDoc;
import io.paymenthub.web.problem.Problems;
import io.paymenthub.web.security.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /pay/{token}/status}: a payment's status for the payer's browser, the browser SDK's
 * {@code check} — the token is the payer's key, as for the hosted pages. Browsers may call it from the origins of
 * {@code PAYMENT_ALLOWED_ORIGINS} ({@link PayerCors}); each client address (behind {@code PAYMENT_TRUSTED_PROXIES}, the
 * address they forwarded for) at a limited rate, since a token found by guessing would leak a payment's amount and
 * description.
 */
@Path("pay/{token}/status")
@RequestScoped
@Tag(name = "Payers", description = "The payer's browser: the hosted pages, the status, the browser SDK; no API key")
public class PayerStatusResource {

    @Inject
    HostedCheckouts checkouts;

    @Inject
    ReturnHandler returns;

    @Inject
    PayerSettings settings;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPayerStatus", summary = "What the payer's browser may know of a payment",
            description = "CORS for PAYMENT_ALLOWED_ORIGINS; rate-limited per client address.")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(schema = @Schema(implementation = PayerStatusJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDoc.TOO_MANY_REQUESTS)
    public Response status(@PathParam("token") String token) {
        if (!settings.statusLimit().tryAcquire(clientAddress.textOf(request))) {
            return Response.fromResponse(Problems.of(ProblemCode.TOO_MANY_REQUESTS,
                    "Too many status queries from this address; slow down", "/pay/status", Map.of()))
                    .header("Retry-After", "1").build();
        }
        Payment payment = checkouts.byToken(token);
        return Response.ok(PayerStatusJson.of(payment, returns.backToShop(payment).orElse(null))).build();
    }
}
