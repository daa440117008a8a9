package io.paymenthub.web.payment;

import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.NewPayment;
import io.paymenthub.payment.PayerLocale;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.control.PageCursor;
import io.paymenthub.payment.control.PaymentOperations;
import io.paymenthub.payment.control.PaymentRepository.PaymentFilter;
import io.paymenthub.payment.control.PaymentService;
import io.paymenthub.payment.control.RefundService;
import io.paymenthub.config.HubSettings;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.wallet.control.WalletService;
import io.paymenthub.web.RequestBodies;
import io.paymenthub.web.idempotency.IdempotencyClaim;
import io.paymenthub.web.idempotency.Idempotent;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The merchant API of payments (docs/api.md). */
@Path("api/v1/payments")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    static final int MAX_PAGE = 100;

    @Inject
    CallingApp app;

    @Inject
    IdempotencyClaim idempotency;

    @Context
    UriInfo uriInfo;

    @Inject
    RequestBodies bodies;

    @Inject
    PaymentService payments;

    @Inject
    PaymentOperations operations;

    @Inject
    RefundService refunds;

    @Inject
    HubSettings settings;

    @POST
    @Idempotent(claimedByResource = true)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(required = true) CreatePaymentRequest body) {
        CreatePaymentRequest request = bodies.required(body);
        if (request.metadata() != null && request.metadata().containsKey(WalletService.USER_METADATA)) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "metadata." + WalletService.USER_METADATA
                    + " is reserved for wallet purchases (POST /api/v1/wallets/{userId}/purchases)",
                    Map.of("field", "metadata." + WalletService.USER_METADATA));
        }
        String gateway = request.gateway() == null ? settings.defaultGateway() : request.gateway();
        var customer = request.customer();
        NewPayment creation = new NewPayment(app.id(), gateway,
                Money.of(request.amount(), request.currency()), request.description(),
                request.reference(), customer == null ? null : customer.id(), customer == null ? null : customer.email(),
                request.returnUrl(), request.notifyUrl(),
                captureMode(request.capture()), request.metadata(),
                PayerLocale.parse(request.locale()).orElse(null), request.lineItems(), request.options(),
                Boolean.TRUE.equals(request.saveCard()));
        // captured here: the payment may be created and its checkout recorded on another request's thread
        IdempotencyClaim.Answer answer = idempotency.answer();
        URI base = uriInfo.getBaseUri();
        return idempotency.firstTime(claimKey -> {
            Payment payment = payments.create(creation, claimKey, opened -> answer.keep(
                    Response.Status.CREATED.getStatusCode(), locationOf(base, opened), PaymentJson.of(opened)));
            return Response.created(locationOf(base, payment)).entity(answer.committed()).build();
        });
    }

    /** Absolute, as the response's Location is: a replay answers with the same header. */
    private static URI locationOf(URI base, Payment payment) {
        return base.resolve("api/v1/payments/" + payment.id());
    }

    @GET
    @Path("{id}")
    public PaymentJson get(@PathParam("id") String id, @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
        if (refresh) {
            payments.refresh(app.id(), id);
        }
        return PaymentJson.of(payments.details(app.id(), id));
    }

    @GET
    public PaymentPageJson list(@QueryParam("status") String status, @QueryParam("gateway") String gateway,
                                @QueryParam("reference") String reference,
                                @QueryParam("limit") @DefaultValue("20") int limit,
                                @QueryParam("cursor") String cursor) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "limit must be between 1 and " + MAX_PAGE);
        }
        PaymentFilter filter = new PaymentFilter(parseStatus(status), gateway, reference);
        List<Payment> page = payments.list(app.id(), filter, cursor == null ? null : PageCursor.decode(cursor), limit + 1);
        boolean more = page.size() > limit;
        List<Payment> items = more ? page.subList(0, limit) : page;
        String next = more ? PageCursor.after(items.get(items.size() - 1)).encode() : null;
        return new PaymentPageJson(items.stream().map(PaymentJson::of).toList(), next);
    }

    @POST
    @Path("{id}/capture")
    @Idempotent
    public PaymentJson capture(@PathParam("id") String id, CaptureRequest body) {
        CaptureRequest request = bodies.optional(body);
        Long amount = request == null ? null : request.amount();
        return PaymentJson.of(operations.capture(app.id(), id, amount));
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    public PaymentJson cancel(@PathParam("id") String id) {
        return PaymentJson.of(operations.cancel(app.id(), id));
    }

    @POST
    @Path("{id}/refunds")
    @Idempotent
    public Response refund(@PathParam("id") String id, RefundRequest body) {
        RefundRequest request = bodies.optional(body);
        Long amount = request == null ? null : request.amount();
        var refund = refunds.refund(app.id(), id, amount, request == null ? null : request.reason(),
                idempotency.claimedRecord());
        return Response.status(Response.Status.CREATED).entity(RefundJson.of(refund)).build();
    }

    private static CaptureMode captureMode(String capture) {
        return capture == null ? CaptureMode.AUTOMATIC : CaptureMode.valueOf(capture.toUpperCase(Locale.ROOT));
    }

    private static PaymentStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return PaymentStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "Unknown status '" + status + "'");
        }
    }
}
