package io.paymenthub.web.payment;

import io.paymenthub.web.openapi.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.paymenthub.payment.PaymentEvent;
import java.time.Instant;
import java.util.Locale;

/** One entry of a payment's history: {@code { at, from, to, source, outcome, detail }}. */
@Schema(name = "PaymentEvent")
public record EventJson(@Schema(required = true) Instant at, @Schema(ref = ApiDoc.PAYMENT_STATUS) String from,
                        @Schema(ref = ApiDoc.PAYMENT_STATUS) String to, @Schema(required = true) String source,
                        @Schema(required = true) String outcome, String detail) {

    static EventJson of(PaymentEvent e) {
        return new EventJson(e.occurredAt(), e.from() == null ? null : e.from().name(),
                e.to() == null ? null : e.to().name(), e.source().wireName(),
                e.outcome().name().toLowerCase(Locale.ROOT), e.detail());
    }
}
