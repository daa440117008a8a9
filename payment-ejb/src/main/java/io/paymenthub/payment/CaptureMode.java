package io.paymenthub.payment;

/**
 * Whether the gateway takes the money at once, only authorizes it for a later capture, or takes none and only saves
 * the payer's card (a tokenization checkout: the payment ends {@link PaymentStatus#CARD_SAVED}).
 */
public enum CaptureMode {
    AUTOMATIC, MANUAL, TOKENIZATION
}
