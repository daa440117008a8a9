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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The merchant API of payouts (docs/api.md): an app sees and sends only its own. */
@Path("api/v1/payouts")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
public class PayoutsResource {

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
    public Response send(@RequestBody(required = true) CreatePayoutRequest body) {
        CreatePayoutRequest request = bodies.required(body);
        Payout payout = payouts.send(new NewPayout(app.id(), request.gateway(),
                Money.of(request.amount(), request.currency()), request.cardId(), request.recipientToken(),
                request.description(), request.reference(), request.notifyUrl()), idempotency.claimedRecord());
        return Response.created(uriInfo.getBaseUri().resolve("api/v1/payouts/" + payout.id()))
                .entity(PayoutJson.of(payout)).build();
    }

    @GET
    @Path("{id}")
    public PayoutJson get(@PathParam("id") String id) {
        return PayoutJson.of(payouts.get(app.id(), id));
    }
}
