package io.paymenthub.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * BeGateway's side of a webhook: a shop key pair made for this run (RSA-2048, as BeGateway issues), its public
 * half given to the hub as {@code SECURE_PROCESSOR_PUBLIC_KEY}, and {@code Content-Signature} = base64 of
 * SHA256withRSA over the exact body.
 */
final class WebhookSigner {

    private final KeyPair keys;

    private WebhookSigner(KeyPair keys) {
        this.keys = keys;
    }

    static WebhookSigner generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new WebhookSigner(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA on this JDK", e);
        }
    }

    /** Base64 of the SubjectPublicKeyInfo, one of the two forms the hub reads. */
    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    String sign(byte[] body) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(body);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    String sign(String body) {
        return sign(body.getBytes(StandardCharsets.UTF_8));
    }
}
