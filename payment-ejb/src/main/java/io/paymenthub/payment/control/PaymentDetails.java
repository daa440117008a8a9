package io.paymenthub.payment.control;

import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentEvent;
import io.paymenthub.payment.Refund;
import java.time.Instant;
import java.util.List;

/** A payment with its history (oldest first), its refunds, and when it was fulfilled (null: not yet). */
public record PaymentDetails(Payment payment, List<PaymentEvent> events, List<Refund> refunds, Instant fulfilledAt) {
}
