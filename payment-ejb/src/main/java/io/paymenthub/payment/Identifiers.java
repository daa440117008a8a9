package io.paymenthub.payment;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The hub's public identifiers: random, unguessable, prefixed by what they name. */
public final class Identifiers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern PAYMENT_TOKEN = Pattern.compile("pt_[0-9a-f]{32}");

    private Identifiers() {
    }

    /** {@code pt_} and 32 lowercase hex digits (128 random bits): the payment's token at gateways and pages. */
    public static String paymentToken() {
        return "pt_" + randomHex(16);
    }

    public static boolean isPaymentToken(String candidate) {
        return candidate != null && PAYMENT_TOKEN.matcher(candidate).matches();
    }

    public static String paymentId() {
        return "pay_" + randomHex(12);
    }

    public static String refundId() {
        return "re_" + randomHex(12);
    }

    /** {@code prefix_} and 24 lowercase hex digits: the id of a wallet, a notification, a receipt… */
    public static String prefixed(String prefix) {
        return prefix + "_" + randomHex(12);
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HEX.formatHex(random);
    }
}
