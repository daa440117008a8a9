package io.paymenthub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds and sends the dummy gateway's signed callbacks, as the hub's dummy page does (secret set in arquillian.xml). */
final class DummyCallbacks {

    static final String SECRET = "it-dummy-secret";

    private DummyCallbacks() {
    }

    static byte[] body(JsonObject payment, String status, long amount) {
        return Json.createObjectBuilder()
                .add("token", payment.getString("token"))
                .add("status", status)
                .add("amount", amount)
                .add("currency", payment.getString("currency"))
                .add("uid", "dummy_it")
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    static Hub.Reply send(byte[] body, String signature) {
        return Hub.postRaw("/api/v1/callbacks/dummy", body,
                Map.of("Content-Type", "application/json", "X-Dummy-Signature", signature));
    }

    static Hub.Reply sendSigned(byte[] body) {
        return send(body, sign(body));
    }

    static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
