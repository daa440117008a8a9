package io.paymenthub.gateway.begateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"transaction\":{\"uid\":\"1-310b0da80b\",\"status\":\"successful\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private static KeyPair keys;
    private static String base64Key;
    private static String pemKey;

    @BeforeAll
    static void makeKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        base64Key = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        pemKey = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    static String sign(KeyPair pair, byte[] body) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(body);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    @Test
    void a_pem_key_verifies_a_signature_over_the_raw_body() throws Exception {
        assertThat(WebhookSignature.of(pemKey).verify(BODY, sign(keys, BODY))).isTrue();
    }

    @Test
    void a_bare_base64_key_verifies_the_same_signature() throws Exception {
        assertThat(WebhookSignature.of(base64Key).verify(BODY, sign(keys, BODY))).isTrue();
    }

    @Test
    void a_pem_key_with_escaped_newlines_as_in_an_env_file_works() throws Exception {
        assertThat(WebhookSignature.of(pemKey.replace("\n", "\\n")).verify(BODY, sign(keys, BODY))).isTrue();
    }

    @Test
    void a_signature_over_other_bytes_fails() throws Exception {
        byte[] other = "{\"transaction\":{\"uid\":\"1-310b0da80b\",\"status\":\"failed\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.of(pemKey).verify(BODY, sign(keys, other))).isFalse();
    }

    @Test
    void a_signature_by_another_key_fails() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThat(WebhookSignature.of(base64Key).verify(BODY, sign(stranger, BODY))).isFalse();
    }

    @Test
    void missing_or_garbled_signatures_fail() {
        WebhookSignature signature = WebhookSignature.of(base64Key);
        assertThat(signature.verify(BODY, null)).isFalse();
        assertThat(signature.verify(BODY, "")).isFalse();
        assertThat(signature.verify(BODY, "not base64 at all!")).isFalse();
        assertThat(signature.verify(BODY, Base64.getEncoder().encodeToString(new byte[256]))).isFalse();
    }

    @Test
    void a_key_that_is_not_a_public_key_is_refused_at_once() {
        assertThatThrownBy(() -> WebhookSignature.of("definitely not a key"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignature.of("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
