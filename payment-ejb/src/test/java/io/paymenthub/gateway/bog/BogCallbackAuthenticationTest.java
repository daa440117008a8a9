package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.CallbackRejectedException;
import io.paymenthub.gateway.spi.CallbackRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BogCallbackAuthenticationTest {

    static final byte[] BODY = CallbackSignatureTest.BODY;

    static BogCallbackAuthentication auth(String modes) throws Exception {
        if (CallbackSignatureTest.keys == null) {
            CallbackSignatureTest.makeKeyPair();
        }
        BogConfig config = new BogConfig();
        config.clientId = Optional.of("10002864");
        config.clientSecret = Optional.of("s3cret");
        config.publicKey = Optional.of(CallbackSignatureTest.pem(CallbackSignatureTest.keys));
        config.callbackAuth = modes;
        config.callbackApiKey = Optional.of("key-123");
        config.callbackHmacSecret = Optional.of("hmac-secret");
        BogCallbackAuthentication auth = new BogCallbackAuthentication();
        auth.config = config;
        auth.tokens = new CallbackTokens(java.time.Clock.systemUTC(), CallbackTokensTest.KEY);
        auth.check();
        return auth;
    }

    static CallbackRequest request(byte[] body, String... headers) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new CallbackRequest(map, Map.of(), body);
    }

    static String signature(byte[] body) throws Exception {
        return CallbackSignatureTest.sign(CallbackSignatureTest.keys, body);
    }

    @Test
    void signature_mode_needs_a_signature_over_exactly_the_body() throws Exception {
        BogCallbackAuthentication auth = auth("signature");
        assertThatCode(() -> auth.verify(request(BODY, "Callback-Signature", signature(BODY)))).doesNotThrowAnyException();
        byte[] other = "{\"event\":\"order_payment\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> auth.verify(request(other, "Callback-Signature", signature(BODY))))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> auth.verify(request(BODY))).isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void basic_mode_needs_bog_s_client_credentials() throws Exception {
        BogCallbackAuthentication auth = auth("basic");
        String good = "Basic " + Base64.getEncoder().encodeToString("10002864:s3cret".getBytes(StandardCharsets.UTF_8));
        String bad = "Basic " + Base64.getEncoder().encodeToString("10002864:guess".getBytes(StandardCharsets.UTF_8));
        assertThatCode(() -> auth.verify(request(BODY, "Authorization", good))).doesNotThrowAnyException();
        assertThatThrownBy(() -> auth.verify(request(BODY, "Authorization", bad)))
                .isInstanceOf(CallbackRejectedException.class).hasMessageNotContaining("guess");
        assertThatThrownBy(() -> auth.verify(request(BODY))).isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void oauth_mode_needs_a_token_the_hub_issued_to_bog_s_credentials() throws Exception {
        BogCallbackAuthentication auth = auth("oauth");
        assertThat(auth.issueToken("10002864", "wrong")).isEmpty();
        assertThat(auth.issueToken(null, null)).isEmpty();
        String token = auth.issueToken("10002864", "s3cret").orElseThrow().token();
        assertThat(Base64.getUrlDecoder().decode(token)).as("expiry, nonce, HMAC").hasSize(56);
        assertThatCode(() -> auth.verify(request(BODY, "Authorization", "Bearer " + token))).doesNotThrowAnyException();
        assertThatThrownBy(() -> auth.verify(request(BODY, "Authorization", "Bearer " + token + "x")))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> auth.verify(request(BODY))).isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void apikey_and_hmac_modes() throws Exception {
        BogCallbackAuthentication apiKey = auth("apikey");
        assertThatCode(() -> apiKey.verify(request(BODY, "X-API-Key", "key-123"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> apiKey.verify(request(BODY, "X-API-Key", "key-124")))
                .isInstanceOf(CallbackRejectedException.class);

        BogCallbackAuthentication hmac = auth("hmac");
        byte[] mac = BogCallbackAuthentication.hmac("hmac-secret", BODY);
        assertThatCode(() -> hmac.verify(request(BODY, "X-Signature", HexFormat.of().formatHex(mac))))
                .doesNotThrowAnyException();
        assertThatCode(() -> hmac.verify(request(BODY, "X-Signature", Base64.getEncoder().encodeToString(mac))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> hmac.verify(request("{}".getBytes(StandardCharsets.UTF_8), "X-Signature",
                HexFormat.of().formatHex(mac)))).isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void every_listed_method_is_required() throws Exception {
        BogCallbackAuthentication auth = auth("signature, apikey");
        assertThatCode(() -> auth.verify(request(BODY, "Callback-Signature", signature(BODY), "X-API-Key", "key-123")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> auth.verify(request(BODY, "Callback-Signature", signature(BODY))))
                .isInstanceOf(CallbackRejectedException.class).hasMessageContaining("apikey");
        assertThatThrownBy(() -> auth.verify(request(BODY, "X-API-Key", "key-123")))
                .isInstanceOf(CallbackRejectedException.class).hasMessageContaining("signature");
    }

    @Test
    void a_list_that_cannot_work_fails_at_deployment() {
        assertThatThrownBy(() -> auth("basic,oauth")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> auth("signature,telepathy")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> auth(" , ")).isInstanceOf(IllegalStateException.class);
    }
}
