package io.paymenthub.callback;

import io.paymenthub.payment.control.ReportResult;
import io.paymenthub.payout.Payout;
import java.util.Locale;

/**
 * What a callback did, as the gateway is answered: the payment ({@code subject} {@code paymentId}) or payout
 * ({@code payoutId}) it was about, its status afterwards and the outcome.
 */
public record CallbackAnswer(String subject, String id, String status, String outcome) {

    static CallbackAnswer of(ReportResult result) {
        return new CallbackAnswer("paymentId", result.paymentId(), result.status().name(),
                result.transition().outcome().name().toLowerCase(Locale.ROOT));
    }

    static CallbackAnswer of(Payout payout) {
        return new CallbackAnswer("payoutId", payout.id(), payout.status().name(), "processed");
    }
}
