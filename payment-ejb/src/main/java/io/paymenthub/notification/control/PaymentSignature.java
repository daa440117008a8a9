package io.paymenthub.notification.control;

import java.util.HexFormat;
import java.util.List;

/**
 * The {@code Payment-Signature} header of a notification: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} keyed by
 * the app's secret over {@code t + "." + body}. During a rotation one {@code v1=} per active secret, newest first
 * ({@code t=…,v1=…,v1=…}, as Stripe does): a receiver accepts the request when any of them matches. The timestamp
 * lets the merchant refuse replays.
 */
public final class PaymentSignature {

    private PaymentSignature() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return header(List.of(secret), unixSeconds, body);
    }

    public static String header(List<String> secrets, long unixSeconds, String body) {
        StringBuilder header = new StringBuilder("t=").append(unixSeconds);
        for (String secret : secrets) {
            header.append(",v1=").append(HexFormat.of().formatHex(Hmac.sha256(secret, unixSeconds + "." + body)));
        }
        return header.toString();
    }
}
