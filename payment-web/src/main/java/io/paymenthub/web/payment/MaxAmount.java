package io.paymenthub.web.payment;

/** The largest amount a request may name: twelve digits of minor units, as the API has always taken. */
public final class MaxAmount {

    public static final long MINOR = 999_999_999_999L;

    private MaxAmount() {
    }
}
