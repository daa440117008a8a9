package io.paymenthub.problem;

/** The stable {@code code} of every RFC 9457 problem the hub answers with, and its HTTP status. */
public enum ProblemCode {
    INVALID_REQUEST(400, "Invalid request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    INVALID_AMOUNT(400, "Invalid amount"),
    INVALID_CURRENCY(400, "Invalid currency"),
    INVALID_URL(400, "Invalid URL"),
    /** A payment's line items do not add up to its amount. */
    ITEMS_TOTAL_MISMATCH(400, "Items do not add up to the amount"),
    UNKNOWN_GATEWAY(400, "Unknown gateway"),
    UNAUTHORIZED(401, "Unauthorized"),
    SIGNATURE_INVALID(401, "Callback authentication failed"),
    /** A gateway endpoint called from outside that gateway's {@code <GATEWAY>_CALLBACK_ALLOWED_IPS}. */
    SOURCE_NOT_ALLOWED(403, "Source not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    INVALID_TRANSITION(409, "Invalid transition"),
    AMOUNT_MISMATCH(409, "Amount mismatch"),
    IDEMPOTENCY_IN_PROGRESS(409, "Request in progress"),
    INSUFFICIENT_CREDITS(409, "Insufficient credits"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    REFUND_EXCEEDS_CAPTURED(422, "Refund exceeds captured amount"),
    CAPTURE_EXCEEDS_AUTHORIZED(422, "Capture exceeds authorized amount"),
    /** A refund the payment's gateway would refuse by its own rules (e.g. below its minimum, too late). */
    REFUND_NOT_ALLOWED(422, "Refund not allowed by the gateway"),
    /** A payout asked of a gateway that sends none. */
    PAYOUTS_NOT_SUPPORTED(422, "Payouts not supported by the gateway"),
    GATEWAY_REFUSED(502, "Gateway refused"),
    GATEWAY_UNAVAILABLE(503, "Gateway unavailable"),
    CONFLICT(409, "Concurrent update"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The wire spelling: {@code refund_exceeds_captured}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
