package io.paymenthub.notification;

import io.paymenthub.payment.PaymentStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The {@code type} of a notification: {@code payment.succeeded}, {@code payment.failed}, … one per status reached. */
public final class EventType {

    private EventType() {
    }

    public static String of(PaymentStatus status) {
        return "payment." + (status == PaymentStatus.SUCCESSFUL ? "succeeded" : status.name().toLowerCase(Locale.ROOT));
    }

    /** Every type a notification can have: a payment is never notified as created, only as it moves on. */
    public static List<String> all() {
        return Arrays.stream(PaymentStatus.values()).filter(status -> status != PaymentStatus.CREATED)
                .map(EventType::of).toList();
    }
}
