package io.paymenthub.gateway.dummy;

import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PaymentStatus;
import java.util.Locale;
import java.util.Optional;

/** The payer's choice on the dummy page. */
public enum DummyOutcome {
    SUCCESS, DECLINE, FAIL;

    public static Optional<DummyOutcome> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What a real gateway would report: a manual-capture payment is only authorized by the payer. */
    PaymentStatus status(CaptureMode captureMode) {
        return switch (this) {
            case SUCCESS -> captureMode == CaptureMode.MANUAL ? PaymentStatus.AUTHORIZED : PaymentStatus.SUCCESSFUL;
            case DECLINE -> PaymentStatus.DECLINED;
            case FAIL -> PaymentStatus.FAILED;
        };
    }
}
