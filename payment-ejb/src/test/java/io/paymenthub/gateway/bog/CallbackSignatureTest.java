package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    static final byte[] BODY = "{\"event\":\"order_payment\",\"body\":{\"order_id\":\"ord-1\"}}".getBytes(StandardCharsets.UTF_8);

    static KeyPair keys;

    @BeforeAll
    static void makeKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    static String sign(KeyPair pair, byte[] body) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(body);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void a_signature_over_exactly_the_body_verifies_with_pem_or_base64_keys() throws Exception {
        String signature = sign(keys, BODY);
        assertThat(CallbackSignature.of(pem(keys)).verify(BODY, signature)).isTrue();
        String base64 = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        assertThat(CallbackSignature.of(base64).verify(BODY, signature)).isTrue();
        assertThat(CallbackSignature.of(pem(keys).replace("\n", "\\n")).verify(BODY, signature)).isTrue();
    }

    @Test
    void other_bytes_another_key_or_garbage_fail() throws Exception {
        CallbackSignature signature = CallbackSignature.of(pem(keys));
        byte[] other = "{\"event\":\"order_payment\",\"body\":{\"order_id\":\"ord-2\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verify(other, sign(keys, BODY))).isFalse();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertThat(signature.verify(BODY, sign(generator.generateKeyPair(), BODY))).isFalse();
        assertThat(signature.verify(BODY, "not base64 !")).isFalse();
        assertThat(signature.verify(BODY, null)).isFalse();
        assertThat(signature.verify(BODY, "")).isFalse();
    }

    @Test
    void the_key_bog_publishes_parses_and_a_malformed_key_is_refused() {
        assertThat(CallbackSignature.of(BogConfig.PUBLISHED_PUBLIC_KEY)).isNotNull();
        assertThatThrownBy(() -> CallbackSignature.of("not a key")).isInstanceOf(IllegalArgumentException.class);
    }
}
