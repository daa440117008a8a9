package io.paymenthub.web.payout;

import io.paymenthub.money.Money;
import io.paymenthub.payout.NewPayout;
import io.paymenthub.payout.Payout;
import io.paymenthub.payout.control.PayoutService;
import io.paymenthub.web.RequestBodies;
import io.paymenthub.web.idempotency.IdempotencyClaim;
import io.paymenthub.web.idempotency.Idempotent;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.paymenthub.web.openapi.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merchant API of payouts (docs/api.md): an app sees and sends only its own. */
@Path("api/v1/payouts")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payouts", description = "Send money to a card the app saved (or a card token it holds), where the"
        + " gateway pays out (BeGateway's credits)")
@SecurityRequirement(name = ApiDoc.BEARER)
public class PayoutsResource {

    private static final String SEND_EXAMPLE = "{\"gateway\":\"begateway\",\"amount\":1500,\"currency\":\"EUR\","
            + "\"cardId\":\"card_…\",\"description\":\"Winnings\",\"reference\":\"payout-42\"}";

    @Inject
    CallingApp app;

    @Inject
    IdempotencyClaim idempotency;

    @Inject
    RequestBodies bodies;

    @Inject
    PayoutService payouts;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendPayout", summary = "Send a payout to a saved card or a card token",
            description = "Stored before the gateway is called and sent once: a timeout leaves it UNKNOWN until the"
                    + " gateway's webhook or the janitor settles it. Gateways without payouts: 422"
                    + " payouts_not_supported.")
    @APIResponse(responseCode = "201", description = "The payout, PENDING, SUCCEEDED, FAILED or UNKNOWN",
            headers = @Header(name = "Location", ref = ApiDoc.LOCATION),
            content = @Content(schema = @Schema(implementation = PayoutJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "502", ref = ApiDoc.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDoc.GATEWAY_UNAVAILABLE)
    public Response send(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreatePayoutRequest.class),
            examples = @ExampleObject(name = "saved card", value = SEND_EXAMPLE))) CreatePayoutRequest body) {
        CreatePayoutRequest request = bodies.required(body);
        Payout payout = payouts.send(new NewPayout(app.id(), request.gateway(),
                Money.of(request.amount(), request.currency()), request.cardId(), request.recipientToken(),
                request.description(), request.reference(), request.notifyUrl()), idempotency.claimedRecord());
        return Response.created(uriInfo.getBaseUri().resolve("api/v1/payouts/" + payout.id()))
                .entity(PayoutJson.of(payout)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPayout", summary = "Read a payout")
    @APIResponse(responseCode = "200", description = "The payout",
            content = @Content(schema = @Schema(implementation = PayoutJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public PayoutJson get(@Parameter(description = "The payout's id", example = "po_…") @PathParam("id") String id) {
        return PayoutJson.of(payouts.get(app.id(), id));
    }
}
