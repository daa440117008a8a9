package io.paymenthub.payment;

/** Whether the gateway takes the money at once or only authorizes it for a later capture. */
public enum CaptureMode {
    AUTOMATIC, MANUAL
}
