package io.paymenthub.payment.control;

import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.Transition;

/** What applying a gateway report did: the payment, its status afterwards, and the transition tried. */
public record ReportResult(String paymentId, PaymentStatus status, Transition transition) {
}
