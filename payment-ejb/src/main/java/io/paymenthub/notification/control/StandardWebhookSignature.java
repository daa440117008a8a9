package io.paymenthub.notification.control;

import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code webhook-signature} header of Standard Webhooks (standardwebhooks.com): {@code v1,<base64 HMAC-SHA256>}
 * over {@code id + "." + timestamp + "." + body}, one entry per active secret of the app, space-separated. The key
 * is the bytes of the app's secret, so a merchant gives the specification's libraries {@code whsec_} + base64 of
 * that secret.
 */
public final class StandardWebhookSignature {

    private StandardWebhookSignature() {
    }

    public static String header(List<String> secrets, String eventId, long unixSeconds, String body) {
        String signed = eventId + "." + unixSeconds + "." + body;
        return secrets.stream().map(secret -> "v1," + Base64.getEncoder().encodeToString(Hmac.sha256(secret, signed)))
                .collect(Collectors.joining(" "));
    }
}
