package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The merchant's notification endpoint (WireMock), and the merchant's check of {@code Payment-Signature}. */
final class NotifyReceiver {

    static final int PORT = Integer.getInteger("notify.simulator.port", 18105);
    static final String SECRET = "it-notify-secret";
    static final long TOLERANCE_SECONDS = 300;

    final WireMockServer server = new WireMockServer(options().port(PORT));

    static String url(String path) {
        return "http://127.0.0.1:" + PORT + path;
    }

    List<LoggedRequest> requestsTo(String path) {
        return server.getAllServeEvents().stream().map(event -> event.getRequest())
                .filter(request -> request.getUrl().equals(path))
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    /** What a merchant does: recompute the HMAC over {@code t.body}, compare, and refuse old timestamps. */
    static boolean verify(String header, String body, long nowSeconds) {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair[0].equals("t")) {
                t = pair[1];
            } else if (pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t == null || v1 == null || Math.abs(nowSeconds - Long.parseLong(t)) > TOLERANCE_SECONDS) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(200);
        }
    }
}
