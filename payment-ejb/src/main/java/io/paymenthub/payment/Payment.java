package io.paymenthub.payment;

import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A payment: what the merchant asked for, where it stands at its gateway, and what was captured and refunded.
 * Its status changes only through the named methods below, following {@link PaymentStatus}'s table.
 * {@code @Version} makes concurrent changes (callbacks, returns, polls, API calls) meet as conflicts. An update
 * writes every column with one statement, prepared once: Hibernate sends the updates of a shared transaction in one
 * batch, which it never does for updates of only the changed columns ({@code @DynamicUpdate}, one statement each).
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false, unique = true, length = 40)
    private String token;

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Column(nullable = false, length = 32)
    private String gateway;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PaymentStatus status;

    @Embedded
    private Money amount;

    @Column(name = "captured_minor", nullable = false)
    private long capturedMinor;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    /**
     * What the merchant asked to capture, stored before the gateway is asked: a report of the capture that comes
     * before its own answer, or instead of it, records this much rather than the whole authorization.
     */
    @Column(name = "capture_requested_minor")
    private Long captureRequestedMinor;

    /**
     * When the capture above was sent; with it, the capture is outstanding while the payment is AUTHORIZED: no
     * other capture or void is sent until a report settles it (see {@link #requireNoOperationOutstanding}).
     */
    @Column(name = "capture_requested_at")
    private Instant captureRequestedAt;

    /** When a void of the authorization was sent whose outcome is not known; null when none. */
    @Column(name = "void_requested_at")
    private Instant voidRequestedAt;

    /** Refunds sent to the gateway whose outcome is not known yet: they count against what can be refunded. */
    @Column(name = "refund_pending_minor", nullable = false)
    private long refundPendingMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "capture_mode", nullable = false, length = 16)
    private CaptureMode captureMode;

    @Column(length = 500)
    private String description;

    @Column(name = "merchant_reference", length = 200)
    private String reference;

    @Column(name = "customer_id", length = 200)
    private String customerId;

    @Column(name = "customer_email", length = 320)
    private String customerEmail;

    @Column(name = "return_url", length = 2000)
    private String returnUrl;

    @Column(name = "notify_url", length = 2000)
    private String notifyUrl;

    /** The merchant's choice of {@link PayerLocale}; null: the payer's browser decides. */
    @Column(length = 8)
    private String locale;

    @Convert(converter = StringMapConverter.class)
    @Column(length = 20000)
    private Map<String, String> metadata;

    /** What the payment pays for, line by line, when the merchant said; they add up to the amount. */
    @Convert(converter = LineItemsConverter.class)
    @Column(name = "line_items", length = 20000)
    private List<LineItem> lineItems;

    @Convert(converter = CheckoutOptionsConverter.class)
    @Column(name = "checkout_options", length = 2000)
    private CheckoutOptions checkoutOptions;

    @Column(name = "test_mode", nullable = false)
    private boolean testMode;

    /** The payer agreed that the gateway's card token be kept for the customer ({@link io.paymenthub.card}). */
    @Column(name = "save_card", nullable = false)
    private boolean saveCard;

    @Column(name = "gateway_uid", length = 200)
    private String gatewayUid;

    @Column(name = "gateway_reference", length = 200)
    private String gatewayReference;

    @Convert(converter = CheckoutConverter.class)
    @Column(length = 20000)
    private Checkout checkout;

    @Column(name = "card_brand", length = 40)
    private String cardBrand;

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    /** Set when a gateway's verified success arrived after the hub had given the payment up. */
    @Column(name = "late_success", nullable = false)
    private boolean lateSuccess;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** Counts applied status changes: it numbers the payment's events (their sequence), in the same update. */
    @Column(name = "status_changes", nullable = false)
    private int statusChanges;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Payment() {
        // for JPA
    }

    public Payment(NewPayment request, boolean testMode, Instant now) {
        this.id = Identifiers.paymentId();
        this.token = Identifiers.paymentToken();
        this.appId = request.appId();
        this.gateway = request.gateway();
        this.status = PaymentStatus.CREATED;
        this.amount = request.amount();
        this.captureMode = request.captureMode();
        this.saveCard = request.saveCard();
        this.description = request.description();
        this.reference = request.reference();
        this.customerId = request.customerId();
        this.customerEmail = request.customerEmail();
        this.returnUrl = request.returnUrl();
        this.notifyUrl = request.notifyUrl();
        this.locale = request.locale() == null ? null : request.locale().tag();
        this.metadata = Map.copyOf(request.metadata());
        this.lineItems = request.items();
        this.checkoutOptions = request.checkoutOptions();
        this.testMode = testMode;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The gateway opened its checkout: the payer can pay now. */
    public Transition checkoutOpened(Checkout checkout, String gatewayUid, String gatewayReference, Instant now) {
        this.checkout = checkout;
        // a callback that came while the checkout opened may have told an identifier the checkout's answer lacks
        if (gatewayUid != null) {
            this.gatewayUid = gatewayUid;
        }
        if (gatewayReference != null) {
            this.gatewayReference = gatewayReference;
        }
        return report(PaymentStatus.PENDING, now);
    }

    /** The gateway refused to open a checkout: the payment ends in {@code ERROR}, with the reason kept. */
    public Transition checkoutRefused(String reason, Instant now) {
        this.lastError = truncate(reason, 1000);
        return report(PaymentStatus.ERROR, now);
    }

    /** The gateway could not be reached: the payment stays {@code CREATED}, with the problem recorded. */
    public void gatewayUnreachable(String problem, Instant now) {
        this.lastError = truncate(problem, 1000);
        this.updatedAt = now;
    }

    /**
     * A status reported by the gateway (callback, verified return, poll). Equal to the current status: a
     * duplicate. Not in the table (e.g. backwards): refused, nothing changes. A late success is applied and
     * flagged.
     */
    public Transition report(PaymentStatus reported, Instant now) {
        return report(reported, null, now);
    }

    /**
     * As {@link #report(PaymentStatus, Instant)}, with the amount the gateway says it captured when it says one:
     * a success records it, else the capture the merchant asked for, else the whole amount. A report that the
     * payment is refunded marks everything captured as refunded, the refunds still pending included: the caller
     * settles those as done.
     */
    public Transition report(PaymentStatus reportedStatus, Money reportedCapture, Instant now) {
        PaymentStatus reported = savedInstead(reportedStatus);
        PaymentStatus from = status;
        if (reported == from) {
            return new Transition(from, reported, Transition.Outcome.DUPLICATE);
        }
        if (!from.canMoveTo(reported)) {
            return new Transition(from, reported, Transition.Outcome.REFUSED);
        }
        if (from.isLateSuccess(reported)) {
            lateSuccess = true;
        }
        if (reported == PaymentStatus.SUCCESSFUL && capturedMinor == 0) {
            capturedMinor = toCapture(reportedCapture);
        }
        if (reported == PaymentStatus.REFUNDED) {
            refundedMinor = capturedMinor;
            refundPendingMinor = 0;
        }
        return moveTo(reported, now);
    }

    /** Nothing final was heard of the payment within its time to live, even after a last query: it expires. */
    public Transition expire(Instant now) {
        return report(PaymentStatus.EXPIRED, now);
    }

    /** Records the card the payer used: its brand and last four digits, nothing more. */
    public void cardUsed(String brand, String last4) {
        if (brand != null) {
            this.cardBrand = truncate(brand, 40);
        }
        if (last4 != null && last4.matches("\\d{4}")) {
            this.cardLast4 = last4;
        }
    }

    public void gatewayUidKnown(String uid) {
        if (uid != null && !uid.isBlank()) {
            this.gatewayUid = truncate(uid, 200);
        }
    }

    /** Checks that a capture of {@code requested} is possible now; the gateway is asked only after this. */
    public void requireCapturable(Money requested) {
        requireStatus(PaymentStatus.AUTHORIZED, "capture");
        if (requested.isZero() || requested.isGreaterThan(amount)) {
            throw new HubException(ProblemCode.CAPTURE_EXCEEDS_AUTHORIZED,
                    "A capture must be between 1 and " + amount.minor() + " " + amount.currency());
        }
    }

    /**
     * What a success captured: the capture the merchant asked for, or less when the gateway says it took less (a
     * gateway never captures more than it was asked: a larger figure is the authorization's, which some gateways
     * report); without a capture asked for, the gateway's figure, else the whole amount.
     */
    private long toCapture(Money reportedCapture) {
        long asked = captureRequestedMinor != null ? captureRequestedMinor : amount.minor();
        if (reportedCapture != null && reportedCapture.currency().equals(amount.currency())
                && !reportedCapture.isZero()) {
            return Math.min(asked, reportedCapture.minor());
        }
        return asked;
    }

    /**
     * The merchant asks to capture {@code requested}: kept before the gateway is called, so that whichever report
     * of the capture comes first records that much.
     */
    public void captureRequested(Money requested, Instant now) {
        requireCapturable(requested);
        requireNoOperationOutstanding("capture");
        captureRequestedMinor = requested.minor();
        captureRequestedAt = now;
        updatedAt = now;
    }

    /** The gateway refused the capture: a later report of a success is not one of this amount. */
    public void captureRefused(Instant now) {
        if (status == PaymentStatus.AUTHORIZED) {
            captureRequestedMinor = null;
            captureRequestedAt = null;
            updatedAt = now;
        }
    }

    /**
     * A void of the authorization is being sent. A retried void is let through (a second void of the same
     * authorization changes nothing at a gateway); a void while a capture is outstanding is not.
     */
    public void voidRequested(Instant now) {
        requireCancellable();
        if (status == PaymentStatus.AUTHORIZED) {
            if (captureOutstanding()) {
                throw operationOutstanding("cancel", "capture");
            }
            voidRequestedAt = now;
            updatedAt = now;
        }
    }

    /** The gateway refused the void: the authorization stands, and may be captured. */
    public void voidRefused(Instant now) {
        if (status == PaymentStatus.AUTHORIZED && voidRequestedAt != null) {
            voidRequestedAt = null;
            updatedAt = now;
        }
    }

    /**
     * The gateway, asked after the capture or void was sent, still holds the authorization neither captured nor
     * voided: a capture or void sent by {@code sentBy} (the caller leaves the gateway that long to record it) did
     * not happen, and the merchant may ask again. Returns whether one was cleared.
     */
    public boolean stillAuthorized(Instant sentBy, Instant now) {
        if (status != PaymentStatus.AUTHORIZED) {
            return false;
        }
        boolean cleared = false;
        if (captureRequestedMinor != null && (captureRequestedAt == null || !captureRequestedAt.isAfter(sentBy))) {
            captureRequestedMinor = null;
            captureRequestedAt = null;
            cleared = true;
        }
        if (voidRequestedAt != null && !voidRequestedAt.isAfter(sentBy)) {
            voidRequestedAt = null;
            cleared = true;
        }
        if (cleared) {
            updatedAt = now;
        }
        return cleared;
    }

    /** A capture was sent and no answer or report settled it yet. */
    public boolean captureOutstanding() {
        return status == PaymentStatus.AUTHORIZED && captureRequestedMinor != null;
    }

    /** A void was sent and no answer or report settled it yet. */
    public boolean voidOutstanding() {
        return status == PaymentStatus.AUTHORIZED && voidRequestedAt != null;
    }

    /**
     * A capture or void whose outcome is unknown may have been made: until a report (answer, webhook, the janitor's
     * poll) settles it, nothing else is sent, so that a retry never captures twice or captures a voided hold.
     */
    private void requireNoOperationOutstanding(String operation) {
        if (captureOutstanding()) {
            throw operationOutstanding(operation, "capture");
        }
        if (voidOutstanding()) {
            throw operationOutstanding(operation, "void");
        }
    }

    private HubException operationOutstanding(String operation, String outstanding) {
        return new HubException(ProblemCode.IDEMPOTENCY_IN_PROGRESS, "A " + outstanding + " of this payment was sent"
                + " and is being confirmed with the gateway; " + operation + " again once it is settled",
                Map.of("paymentId", id, "outstanding", outstanding));
    }

    /** The gateway captured {@code captured} of the authorization. */
    public Transition captured(Money captured, Instant now) {
        requireCapturable(captured);
        capturedMinor = captured.minor();
        return moveTo(PaymentStatus.SUCCESSFUL, now);
    }

    /** Checks that the payment may be cancelled: an authorization is voided, an unpaid checkout abandoned. */
    public void requireCancellable() {
        if (!status.canMoveTo(PaymentStatus.CANCELLED)) {
            throw invalidTransition("cancel");
        }
    }

    public Transition cancelled(Instant now) {
        requireCancellable();
        return moveTo(PaymentStatus.CANCELLED, now);
    }

    /**
     * Sets aside {@code requested} for a refund about to be sent to the gateway. Refunds never exceed what was
     * captured, counting those still pending; concurrent reservations meet on {@code @Version}.
     */
    public void reserveRefund(Money requested) {
        if (!status.isPaid() || status == PaymentStatus.REFUNDED) {
            throw invalidTransition("refund");
        }
        long available = refundable().minor();
        if (requested.isZero() || requested.minor() > available) {
            throw new HubException(ProblemCode.REFUND_EXCEEDS_CAPTURED,
                    "At most " + available + " " + amount.currency() + " can still be refunded");
        }
        refundPendingMinor += requested.minor();
    }

    /** What can still be refunded: captured, less what was refunded or is being refunded. */
    public Money refundable() {
        return Money.of(Math.max(0, capturedMinor - refundedMinor - refundPendingMinor), amount.currency());
    }

    /** The gateway refunded a reserved amount. */
    public Transition refundSucceeded(Money refunded, Instant now) {
        refundPendingMinor = Math.max(0, refundPendingMinor - refunded.minor());
        // bounded: a gateway's report of the whole payment refunded has already counted every refund then pending
        refundedMinor = Math.min(capturedMinor, refundedMinor + refunded.minor());
        PaymentStatus target = refundedMinor >= capturedMinor ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        if (target == status) {
            updatedAt = now;
            return new Transition(status, target, Transition.Outcome.DUPLICATE);
        }
        return moveTo(target, now);
    }

    /** The gateway refused a reserved refund: the amount can be refunded again. */
    public void refundFailed(Money reserved, Instant now) {
        refundPendingMinor = Math.max(0, refundPendingMinor - reserved.minor());
        updatedAt = now;
    }

    /** The amount the hub expects a gateway to report for this payment. */
    public boolean matches(Money reported) {
        return reported == null || captureMode == CaptureMode.TOKENIZATION || reported.equals(amount);
    }

    /**
     * A tokenization checkout takes no money: whatever success its gateway reports (its transaction, or a status
     * query that cannot tell a tokenization from a payment) saved the card, and nothing is fulfilled.
     */
    private PaymentStatus savedInstead(PaymentStatus reported) {
        boolean success = reported == PaymentStatus.SUCCESSFUL || reported == PaymentStatus.AUTHORIZED;
        return captureMode == CaptureMode.TOKENIZATION && success ? PaymentStatus.CARD_SAVED : reported;
    }

    private Transition moveTo(PaymentStatus target, Instant now) {
        Transition transition = new Transition(status, target, Transition.Outcome.APPLIED);
        status = target;
        statusChanges++;
        updatedAt = now;
        return transition;
    }

    private void requireStatus(PaymentStatus required, String operation) {
        if (status != required) {
            throw invalidTransition(operation);
        }
    }

    private HubException invalidTransition(String operation) {
        return new HubException(ProblemCode.INVALID_TRANSITION,
                "A " + status + " payment cannot " + operation, Map.of("paymentStatus", status.name()));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String id() { return id; }
    public String token() { return token; }
    public String appId() { return appId; }
    public String gateway() { return gateway; }
    public PaymentStatus status() { return status; }
    public Money amount() { return amount; }
    public Money captured() { return Money.of(capturedMinor, amount.currency()); }
    /** The capture asked for and not yet answered or reported; null when none. */
    public Money captureRequested() {
        return captureRequestedMinor == null ? null : Money.of(captureRequestedMinor, amount.currency());
    }
    public Money refunded() { return Money.of(refundedMinor, amount.currency()); }
    public CaptureMode captureMode() { return captureMode; }
    public boolean saveCard() { return saveCard; }
    public String description() { return description; }
    public String reference() { return reference; }
    public String customerId() { return customerId; }
    public String customerEmail() { return customerEmail; }
    public String returnUrl() { return returnUrl; }

    /** The merchant's choice; empty when the payer's browser decides. */
    public java.util.Optional<PayerLocale> locale() { return PayerLocale.parse(locale); }
    public List<LineItem> lineItems() { return lineItems == null ? List.of() : lineItems; }
    public CheckoutOptions checkoutOptions() { return checkoutOptions == null ? CheckoutOptions.NONE : checkoutOptions; }
    public String notifyUrl() { return notifyUrl; }
    public Map<String, String> metadata() { return metadata == null ? Map.of() : metadata; }
    public boolean testMode() { return testMode; }
    public String gatewayUid() { return gatewayUid; }
    public String gatewayReference() { return gatewayReference; }
    public Checkout checkout() { return checkout; }
    public String cardBrand() { return cardBrand; }
    public String cardLast4() { return cardLast4; }
    public boolean lateSuccess() { return lateSuccess; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    /** 1 after the first status change, and one more with each: the sequence of the event the change sends. */
    public int statusChanges() { return statusChanges; }
}
