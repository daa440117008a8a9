package io.paymenthub.notification;

import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payout.PayoutStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@code type} of a notification, one per status reached: {@code payment.succeeded}, {@code payment.failed}, …
 * and {@code payout.pending}, {@code payout.succeeded}, …
 */
public final class EventType {

    private EventType() {
    }

    public static String of(PaymentStatus status) {
        return "payment." + (status == PaymentStatus.SUCCESSFUL ? "succeeded" : status.name().toLowerCase(Locale.ROOT));
    }

    public static String of(PayoutStatus status) {
        return "payout." + status.name().toLowerCase(Locale.ROOT);
    }

    /** Every type a notification can have: a payment is never notified as created, only as it moves on. */
    public static List<String> all() {
        return Stream.concat(
                Arrays.stream(PaymentStatus.values()).filter(status -> status != PaymentStatus.CREATED)
                        .map(EventType::of),
                Arrays.stream(PayoutStatus.values()).map(EventType::of)).toList();
    }
}
