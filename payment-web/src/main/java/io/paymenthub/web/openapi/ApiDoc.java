package io.paymenthub.web.openapi;

/**
 * The names under {@code #/components} that the resources' annotations refer to ({@link ApiContract} defines them).
 */
public final class ApiDoc {

    /** The merchant API's scheme: {@code Authorization: Bearer <API key>}. */
    public static final String BEARER = "bearer";

    public static final String PROBLEM = "Problem";
    public static final String PAYMENT_STATUS = "PaymentStatus";
    public static final String REFUND_STATUS = "RefundStatus";
    public static final String GATEWAY = "Gateway";
    public static final String EVENT_TYPE = "EventType";

    /** Problem responses, one per status; each names the codes the hub answers with it. */
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String BAD_GATEWAY = "BadGateway";
    public static final String GATEWAY_UNAVAILABLE = "GatewayUnavailable";

    /** Headers: the {@code Location} of what a {@code 201} created, the request's id. */
    public static final String LOCATION = "Location";
    public static final String REQUEST_ID = "RequestId";

    /** The merchant's key of a POST (a parameter). */
    public static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    private ApiDoc() {
    }
}
