package io.paymenthub.web.payment;

import io.paymenthub.payment.PaymentEvent;
import java.time.Instant;
import java.util.Locale;

/** One entry of a payment's history: {@code { at, from, to, source, outcome, detail }}. */
public record EventJson(Instant at, String from, String to, String source, String outcome, String detail) {

    static EventJson of(PaymentEvent e) {
        return new EventJson(e.occurredAt(), e.from() == null ? null : e.from().name(),
                e.to() == null ? null : e.to().name(), e.source().wireName(),
                e.outcome().name().toLowerCase(Locale.ROOT), e.detail());
    }
}
