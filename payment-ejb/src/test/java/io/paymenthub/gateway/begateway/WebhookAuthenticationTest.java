package io.paymenthub.gateway.begateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.CallbackRejectedException;
import io.paymenthub.gateway.spi.CallbackRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhookAuthenticationTest {

    private static final byte[] BODY = "{\"status\":\"successful\",\"uid\":\"u\"}".getBytes(StandardCharsets.UTF_8);
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("361:secret".getBytes(StandardCharsets.UTF_8));
    private static KeyPair keys;

    @BeforeAll
    static void keys() throws Exception {
        keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    }

    static WebhookAuthentication authentication(boolean testMode, boolean withKey) {
        BeGatewayConfig config = new BeGatewayConfig();
        config.shopId = Optional.of("361");
        config.secretKey = Optional.of("secret");
        config.publicKey = withKey ? Optional.of(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()))
                : Optional.empty();
        config.testMode = testMode;
        WebhookAuthentication authentication = new WebhookAuthentication();
        authentication.config = config;
        return authentication;
    }

    static CallbackRequest request(String authorization, String signature) {
        Map<String, List<String>> headers = new HashMap<>();
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        if (signature != null) {
            headers.put("Content-Signature", List.of(signature));
        }
        return new CallbackRequest(headers, Map.of(), BODY);
    }

    @Test
    void basic_auth_and_a_good_signature_pass() throws Exception {
        assertThatCode(() -> authentication(false, true)
                .verify(request(BASIC, WebhookSignatureTest.sign(keys, BODY)))).doesNotThrowAnyException();
    }

    @Test
    void wrong_or_missing_basic_auth_is_refused_even_with_a_good_signature() throws Exception {
        String signature = WebhookSignatureTest.sign(keys, BODY);
        assertThatThrownBy(() -> authentication(true, true).verify(request(BASIC + "x", signature)))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> authentication(true, true).verify(request(null, signature)))
                .isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void a_missing_signature_is_tolerated_only_in_test_mode() {
        assertThatCode(() -> authentication(true, true).verify(request(BASIC, null))).doesNotThrowAnyException();
        assertThatThrownBy(() -> authentication(false, true).verify(request(BASIC, null)))
                .isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void unless_test_mode_is_set_a_webhook_without_its_signature_is_refused() throws Exception {
        String unset = BeGatewayConfig.class.getDeclaredField("testMode")
                .getAnnotation(org.eclipse.microprofile.config.inject.ConfigProperty.class).defaultValue();
        boolean testModeByDefault = Boolean.parseBoolean(unset);

        assertThat(testModeByDefault).as("SECURE_PROCESSOR_TEST_MODE unset").isFalse();
        assertThatThrownBy(() -> authentication(testModeByDefault, true).verify(request(BASIC, null)))
                .isInstanceOf(CallbackRejectedException.class).hasMessageContaining("missing Content-Signature");
    }

    @Test
    void a_wrong_signature_is_never_tolerated() throws Exception {
        String overOtherBytes = WebhookSignatureTest.sign(keys, "{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> authentication(true, true).verify(request(BASIC, overOtherBytes)))
                .isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void without_a_public_key_live_mode_refuses_every_webhook() {
        assertThatThrownBy(() -> authentication(false, false).verify(request(BASIC, "c2ln")))
                .isInstanceOf(CallbackRejectedException.class);
    }
}
