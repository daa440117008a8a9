package io.paymenthub.web.wallet;

import io.paymenthub.config.HubSettings;
import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.payment.Payment;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.wallet.control.WalletService;
import io.paymenthub.web.RequestBodies;
import io.paymenthub.web.idempotency.Idempotent;
import io.paymenthub.web.openapi.ApiDoc;
import io.paymenthub.web.payment.PaymentJson;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merchant API of prepaid credits (docs/api.md): a wallet per app and user. */
@Path("api/v1/wallets/{userId}")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallets", description = "Prepaid credits: bought with a payment, spent by the app")
@SecurityRequirement(name = ApiDoc.BEARER)
public class WalletsResource {

    static final String USER_ID = "[A-Za-z0-9._:@+-]{1,200}";

    @Inject
    CallingApp app;

    @Inject
    WalletService wallets;

    @Inject
    RequestBodies bodies;

    @Inject
    GatewayRegistry gateways;

    @Inject
    HubSettings settings;

    @GET
    @Operation(operationId = "getWallet", summary = "A user's wallet and a page of its transactions, newest first")
    @APIResponse(responseCode = "200", description = "The wallet (empty for a user never seen)",
            content = @Content(schema = @Schema(implementation = WalletJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    public WalletJson get(@PathParam("userId") @Pattern(regexp = USER_ID) String userId,
                          @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                          @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return WalletJson.of(wallets.view(app.id(), userId, limit, offset));
    }

    @POST
    @Path("purchases")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "purchaseCredits", summary = "Buy credits: a payment whose success credits the wallet")
    @APIResponse(responseCode = "201", description = "The payment, its checkout open",
            headers = @Header(name = "Location", ref = ApiDoc.LOCATION),
            content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "502", ref = ApiDoc.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDoc.GATEWAY_UNAVAILABLE)
    public Response purchase(@PathParam("userId") @Pattern(regexp = USER_ID) String userId,
                             @RequestBody(required = true) PurchaseRequest body) {
        PurchaseRequest request = bodies.required(body);
        String gateway = request.gateway() == null ? settings.defaultGateway() : request.gateway();
        if (!gateways.isEnabled(gateway)) {
            throw new HubException(ProblemCode.UNKNOWN_GATEWAY, "Unknown or unconfigured gateway '" + gateway + "'",
                    Map.of("field", "gateway"));
        }
        Payment payment = wallets.purchase(app.id(), userId, request.credits(), gateway,
                request.returnUrl(), request.notifyUrl());
        return Response.created(URI.create("/api/v1/payments/" + payment.id())).entity(PaymentJson.of(payment)).build();
    }

    @POST
    @Path("spend")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "spendCredits", summary = "Spend credits")
    @APIResponse(responseCode = "200", description = "The wallet after the spending, with that transaction",
            content = @Content(schema = @Schema(implementation = WalletJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public WalletJson spend(@PathParam("userId") @Pattern(regexp = USER_ID) String userId,
                            @RequestBody(required = true) SpendRequest body) {
        SpendRequest request = bodies.required(body);
        wallets.spend(app.id(), userId, request.credits(), request.reference());
        return WalletJson.of(wallets.view(app.id(), userId, 1, 0));
    }
}
