package io.paymenthub.payment;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a payment stays open: its checkout waits {@code checkout} for the payer (a payment not paid by then
 * expires, and its checkout closes at the gateway where the gateway allows), an authorization holds the payer's
 * money {@code authorization} at most (then it is voided at its gateway, so the money is released). Both are
 * counted from the payment's creation.
 */
public record PaymentLifetimes(Duration checkout, Duration authorization) {

    /** What is due to an open payment at {@code now}. */
    public enum Ending {
        /** Nothing: it is still within its lifetime. */
        NONE,
        /** Nothing final was heard within the checkout's lifetime: it expires. */
        EXPIRE,
        /** The authorization outlived its lifetime: it is voided at the gateway, then recorded as expired. */
        VOID
    }

    public PaymentLifetimes {
        if (checkout.isNegative() || checkout.isZero() || authorization.isNegative() || authorization.isZero()) {
            throw new IllegalArgumentException("Lifetimes must be positive: " + checkout + ", " + authorization);
        }
    }

    /** When the payer can no longer pay: the gateways that take a checkout's expiry are given this. */
    public Instant checkoutExpiresAt(Instant createdAt) {
        return createdAt.plus(checkout);
    }

    public Ending ending(PaymentStatus status, Instant createdAt, Instant now) {
        if (status.isFinal()) {
            return Ending.NONE;
        }
        if (status == PaymentStatus.AUTHORIZED) {
            return now.isBefore(createdAt.plus(authorization)) ? Ending.NONE : Ending.VOID;
        }
        return now.isBefore(checkoutExpiresAt(createdAt)) ? Ending.NONE : Ending.EXPIRE;
    }
}
