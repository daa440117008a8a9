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
import io.paymenthub.web.openapi.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merchant API of payments (docs/api.md). */
@Path("api/v1/payments")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Create a payment, send the payer to its checkout, read, capture, cancel and"
        + " refund it")
@SecurityRequirement(name = ApiDoc.BEARER)
public class PaymentsResource {

    /** The README's walk-through: a payment of 2.00 EUR with the dummy gateway. */
    static final String CREATE_EXAMPLE = """
            {"amount":200,"currency":"EUR","description":"Credit purchase: 100 credits",
             "reference":"order-42","returnUrl":"https://shop.example/paid"}""";

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
    @Operation(operationId = "createPayment", summary = "Create a payment and open its checkout at the gateway",
            description = "Answers where to send the payer: `checkout` (the hub's hosted page `/pay/{token}` works the"
                    + " same for every gateway). `gateway` defaults to the hub's PAYMENT_DEFAULT_GATEWAY.")
    @APIResponse(responseCode = "201", description = "Created, its checkout open",
            headers = @Header(name = "Location", ref = ApiDoc.LOCATION),
            content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "502", ref = ApiDoc.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDoc.GATEWAY_UNAVAILABLE)
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreatePaymentRequest.class),
            examples = @ExampleObject(name = "dummy", value = CREATE_EXAMPLE))) CreatePaymentRequest body) {
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
    @Operation(operationId = "getPayment", summary = "Read a payment, with its history and refunds")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public PaymentJson get(@Parameter(description = "The payment's id", example = "pay_…") @PathParam("id") String id,
                           @Parameter(description = "true: ask the gateway first (an open payment only)")
                           @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
        if (refresh) {
            payments.refresh(app.id(), id);
        }
        return PaymentJson.of(payments.details(app.id(), id));
    }

    @GET
    @Operation(operationId = "listPayments", summary = "List the app's payments, newest first")
    @APIResponse(responseCode = "200", description = "A page of payments",
            content = @Content(schema = @Schema(implementation = PaymentPageJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    public PaymentPageJson list(@Parameter(description = "Only payments in this status",
                                        schema = @Schema(ref = ApiDoc.PAYMENT_STATUS))
                                @QueryParam("status") String status,
                                @Parameter(description = "Only payments at this gateway",
                                        schema = @Schema(ref = ApiDoc.GATEWAY))
                                @QueryParam("gateway") String gateway,
                                @Parameter(description = "Only payments with this reference")
                                @QueryParam("reference") String reference,
                                @Parameter(description = "1 to 100", schema = @Schema(type = SchemaType.INTEGER,
                                        minimum = "1", maximum = "100", defaultValue = "20"))
                                @QueryParam("limit") @DefaultValue("20") int limit,
                                @Parameter(description = "nextCursor of the page before")
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
    @Operation(operationId = "capturePayment", summary = "Capture an authorized payment, all of it or part",
            description = "For a payment created with \"capture\":\"manual\" and now AUTHORIZED.")
    @APIResponse(responseCode = "200", description = "The payment, captured",
            content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDoc.UNPROCESSABLE)
    @APIResponse(responseCode = "502", ref = ApiDoc.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDoc.GATEWAY_UNAVAILABLE)
    public PaymentJson capture(@PathParam("id") String id,
                               @RequestBody(description = "Absent or without amount: all of the authorization",
                                       content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                               schema = @Schema(implementation = CaptureRequest.class),
                                               examples = @ExampleObject(name = "part", value = "{\"amount\":150}")))
                               CaptureRequest body) {
        CaptureRequest request = bodies.optional(body);
        Long amount = request == null ? null : request.amount();
        return PaymentJson.of(operations.capture(app.id(), id, amount));
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    @Operation(operationId = "cancelPayment",
            summary = "Cancel a payment not yet paid, voiding an authorization at the gateway")
    @APIResponse(responseCode = "200", description = "The payment, CANCELLED",
            content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "502", ref = ApiDoc.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDoc.GATEWAY_UNAVAILABLE)
    public PaymentJson cancel(@PathParam("id") String id) {
        return PaymentJson.of(operations.cancel(app.id(), id));
    }

    @POST
    @Path("{id}/refunds")
    @Idempotent
    @Operation(operationId = "refundPayment", summary = "Refund a paid payment, all that is still refundable or part")
    @APIResponse(responseCode = "201", description = "The refund, SUCCEEDED or PENDING at the gateway",
            content = @Content(schema = @Schema(implementation = RefundJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDoc.UNPROCESSABLE)
    @APIResponse(responseCode = "502", ref = ApiDoc.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDoc.GATEWAY_UNAVAILABLE)
    public Response refund(@PathParam("id") String id,
                           @RequestBody(description = "Absent or without amount: all that is still refundable",
                                   content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                           schema = @Schema(implementation = RefundRequest.class),
                                           examples = @ExampleObject(name = "part", value = "{\"amount\":50}")))
                           RefundRequest body) {
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
