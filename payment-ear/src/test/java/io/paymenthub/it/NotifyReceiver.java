package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The merchant's notification endpoint (WireMock on 127.0.0.1, the exact address the server's
 * {@code PAYMENT_NOTIFY_ALLOWED_TARGETS} lets notifications reach), and the merchant's check of
 * {@code Payment-Signature}. app1 signs with its own secret, app2 is in a rotation (new|old).
 */
final class NotifyReceiver implements BeforeAllCallback, AfterAllCallback {

    static final int PORT = Integer.getInteger("notify.simulator.port", 18105);
    static final String SECRET = "it-app1-secret";
    static final String APP2_NEW_SECRET = "it-app2-new";
    static final String APP2_OLD_SECRET = "it-app2-old";
    static final long TOLERANCE_SECONDS = 300;

    final WireMockServer server = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));

    /** Registered as an extension ({@code @RegisterExtension static}): started before a class's tests, stopped after. */
    @Override
    public void beforeAll(ExtensionContext context) {
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

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
        return verify(SECRET, header, body, nowSeconds);
    }

    /** Accepts the request when any {@code v1=} (one per active secret during a rotation) matches {@code secret}. */
    static boolean verify(String secret, String header, String body, long nowSeconds) {
        String t = null;
        List<String> v1 = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair[0].equals("t")) {
                t = pair[1];
            } else if (pair[0].equals("v1")) {
                v1.add(pair[1]);
            }
        }
        if (t == null || v1.isEmpty() || Math.abs(nowSeconds - Long.parseLong(t)) > TOLERANCE_SECONDS) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return v1.stream().anyMatch(v -> java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(v)));
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
