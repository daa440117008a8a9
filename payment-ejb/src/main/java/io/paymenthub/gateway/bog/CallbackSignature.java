package io.paymenthub.gateway.bog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * BOG's {@code Callback-Signature}: base64 of a SHA256withRSA signature over the callback's raw body, verified
 * with BOG's public key (PEM, or the bare base64 of its SubjectPublicKeyInfo). The JDK's own RSA provider is
 * enough here. Parsed once; thread-safe.
 */
final class CallbackSignature {

    private final PublicKey key;

    private CallbackSignature(PublicKey key) {
        this.key = key;
    }

    /** @throws IllegalArgumentException when the text is not an RSA public key */
    static CallbackSignature of(String keyText) {
        String base64 = keyText.replace("\\n", "\n")
                .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
            return new CallbackSignature(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an RSA public key (PEM or base64 SubjectPublicKeyInfo)", e);
        }
    }

    /** True only for a well-formed signature by BOG's key over exactly these bytes. */
    boolean verify(byte[] body, String base64Signature) {
        if (base64Signature == null || base64Signature.isBlank()) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(body);
            return verifier.verify(Base64.getMimeDecoder().decode(base64Signature.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
