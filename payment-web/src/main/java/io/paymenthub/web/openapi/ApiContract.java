package io.paymenthub.web.openapi;

import io.paymenthub.gateway.begateway.BeGateway;
import io.paymenthub.gateway.bog.BogGateway;
import io.paymenthub.gateway.dummy.DummyGateway;
import io.paymenthub.gateway.epayment.EpaymentGateway;
import io.paymenthub.gateway.newebpay.NewebPayGateway;
import io.paymenthub.notification.EventType;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.RefundStatus;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.observability.RequestIdFilter;
import io.paymenthub.web.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The document's frame, before the resources' annotations are read into it: the title and the project's version,
 * the bearer scheme, the enums taken from the hub's own (statuses, gateways, event types, problem codes), the
 * problem+json schema and one problem response per status that lists its codes, and the shared headers.
 */
public class ApiContract implements OASModelReader {

    static final String TITLE = "Payment Hub API";

    /** The problem responses' names by status, for every status a {@link ProblemCode} has. */
    static final Map<Integer, String> PROBLEM_RESPONSES = Map.ofEntries(
            Map.entry(400, ApiDoc.BAD_REQUEST), Map.entry(401, ApiDoc.UNAUTHORIZED), Map.entry(403, ApiDoc.FORBIDDEN),
            Map.entry(404, ApiDoc.NOT_FOUND), Map.entry(405, ApiDoc.METHOD_NOT_ALLOWED),
            Map.entry(406, ApiDoc.NOT_ACCEPTABLE), Map.entry(409, ApiDoc.CONFLICT),
            Map.entry(413, ApiDoc.PAYLOAD_TOO_LARGE), Map.entry(415, ApiDoc.UNSUPPORTED_MEDIA_TYPE),
            Map.entry(422, ApiDoc.UNPROCESSABLE), Map.entry(429, ApiDoc.TOO_MANY_REQUESTS),
            Map.entry(500, ApiDoc.INTERNAL_ERROR), Map.entry(502, ApiDoc.BAD_GATEWAY),
            Map.entry(503, ApiDoc.GATEWAY_UNAVAILABLE));

    static final List<String> GATEWAYS = List.of(DummyGateway.NAME, BeGateway.NAME, BogGateway.NAME,
            EpaymentGateway.NAME, NewebPayGateway.NAME);

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title(TITLE).version(version()).description("""
                        A self-hosted, multi-gateway payment service. Merchants' applications call `/api/v1/…` with \
                        an app's API key (`Authorization: Bearer sk_…`); payers' browsers use `/pay/…`; gateways \
                        call back `/api/v1/callbacks/{gateway}` and send payers back through \
                        `/api/v1/return/{gateway}`. Amounts are integers of minor units (`200` = 2.00 EUR). Every \
                        POST of the merchant API takes an `Idempotency-Key`; every error is `application/problem+json` \
                        with a stable `code`; every response carries `X-Request-Id`."""))
                .components(components());
    }

    private static Components components() {
        Components components = OASFactory.createComponents()
                .addSecurityScheme(ApiDoc.BEARER, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An app's API key (PAYMENT_API_KEYS): `Authorization: Bearer sk_…`"))
                .addSchema(ApiDoc.PAYMENT_STATUS, names("A payment's status (docs/api.md, Payment status)",
                        Arrays.stream(PaymentStatus.values()).map(Enum::name).toList()))
                .addSchema(ApiDoc.REFUND_STATUS, names("A refund's status",
                        Arrays.stream(RefundStatus.values()).map(Enum::name).toList()))
                .addSchema(ApiDoc.GATEWAY, names("A gateway the hub has an adapter for; a payment may use those"
                        + " enabled on this hub", GATEWAYS))
                .addSchema(ApiDoc.EVENT_TYPE, names("The type of a notification, one per status a payment reaches",
                        EventType.all()))
                .addSchema("ProblemCode", names("The stable code of a problem",
                        Arrays.stream(ProblemCode.values()).map(ProblemCode::wireName).toList()))
                .addSchema(ApiDoc.PROBLEM, problem())
                .addHeader(ApiDoc.LOCATION, OASFactory.createHeader().description("The absolute URL of what was created")
                        .schema(string().format("uri")))
                .addHeader(ApiDoc.REQUEST_ID, OASFactory.createHeader()
                        .description("The request's id: the caller's X-Request-Id when it is 8 to 64 of [A-Za-z0-9._-],"
                                + " else a new one; also in every log line of the request and in problems")
                        .schema(string()))
                .addParameter(ApiDoc.IDEMPOTENCY_KEY, OASFactory.createParameter().name("Idempotency-Key")
                        .in(Parameter.In.HEADER).required(false).schema(string().minLength(1).maxLength(255))
                        .example("order-42-attempt-1")
                        .description("Makes a retry safe: the same key and body within 24 hours answer the first"
                                + " request's response and never reach a gateway twice; another body under the key is"
                                + " 422 idempotency_key_reused; while the first request runs, 409"
                                + " idempotency_in_progress (retry later with the same key)"))
                .addParameter(ApiDoc.REQUEST_ID, OASFactory.createParameter().name(RequestIdFilter.HEADER)
                        .in(Parameter.In.HEADER).required(false).schema(string().pattern("^[A-Za-z0-9._-]{8,64}$"))
                        .description("The caller's id for the request, echoed in the response and the hub's logs"));
        Map<Integer, List<ProblemCode>> byStatus = Arrays.stream(ProblemCode.values())
                .collect(Collectors.groupingBy(ProblemCode::status, TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, codes) -> components.addResponse(responseName(status),
                OASFactory.createAPIResponse()
                        .description(codes.stream().map(code -> "`" + code.wireName() + "` (" + code.title() + ")")
                                .collect(Collectors.joining(", ", "A problem: ", "")))
                        .addHeader(RequestIdFilter.HEADER, OASFactory.createHeader().ref(ApiDoc.REQUEST_ID))
                        .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ApiDoc.PROBLEM))))));
        return components;
    }

    static String responseName(int status) {
        String name = PROBLEM_RESPONSES.get(status);
        if (name == null) {
            throw new IllegalStateException("No problem response is named for status " + status);
        }
        return name;
    }

    /** RFC 9457 with the hub's {@code code} and {@code requestId}; the extensions some problems carry. */
    private static Schema problem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addRequired("type").addRequired("title").addRequired("status").addRequired("code")
                .addProperty("type", string().example("urn:payment-hub:problem:not_found"))
                .addProperty("title", string().example("Not found"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .example(404))
                .addProperty("detail", string())
                .addProperty("code", OASFactory.createSchema().ref("ProblemCode"))
                .addProperty("instance", string().description("The request's path"))
                .addProperty("requestId", string().description("As X-Request-Id and in the hub's log lines"))
                .addProperty("field", string().description("The request field at fault"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Each invalid field (invalid_request)")
                        .items(OASFactory.createSchema().addType(SchemaType.OBJECT)
                                .addProperty("field", string()).addProperty("message", string())))
                .addProperty("paymentId", string())
                .addProperty("paymentStatus", OASFactory.createSchema().ref(ApiDoc.PAYMENT_STATUS))
                .addProperty("balance", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64")
                        .description("The wallet's credits (insufficient_credits)"))
                .addProperty("incident", string().description("The id of an internal error in the hub's log"));
    }

    private static Schema names(String description, List<String> values) {
        return string().description(description).enumeration(new ArrayList<>(values));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    /** The project's version, written into the resource at build time. */
    static String version() {
        try (InputStream in = ApiContract.class.getResourceAsStream("api.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
