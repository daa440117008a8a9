package io.paymenthub.gateway.begateway;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * BeGateway's {@code Content-Signature}: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature over the webhook's
 * raw body, made with the shop's private key. The public key is the one the back office shows, either as PEM
 * or as the bare base64 of its SubjectPublicKeyInfo. Parsed once; thread-safe.
 */
public final class WebhookSignature {

    /** An instance of its own: registering BouncyCastle globally would pin the deployment's class loader. */
    private static final Provider BC = new BouncyCastleProvider();

    private final PublicKey key;

    private WebhookSignature(PublicKey key) {
        this.key = key;
    }

    /** @throws IllegalArgumentException when the text is neither a PEM public key nor base64 SPKI */
    public static WebhookSignature of(String keyText) {
        String text = keyText.replace("\\n", "\n").trim();
        try {
            return new WebhookSignature(text.startsWith("-----BEGIN") ? fromPem(text) : fromBase64(text));
        } catch (GeneralSecurityException | IOException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("Not an RSA public key (PEM or base64 SubjectPublicKeyInfo)", e);
        }
    }

    private static PublicKey fromPem(String pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (!(object instanceof SubjectPublicKeyInfo info)) {
                throw new IllegalArgumentException("The PEM holds no public key");
            }
            return new JcaPEMKeyConverter().setProvider(BC).getPublicKey(info);
        }
    }

    private static PublicKey fromBase64(String base64) throws GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
        return KeyFactory.getInstance("RSA", BC).generatePublic(new X509EncodedKeySpec(der));
    }

    /** True only for a well-formed signature by the shop's key over exactly these bytes. */
    public boolean verify(byte[] body, String base64Signature) {
        if (base64Signature == null || base64Signature.isBlank()) {
            return false;
        }
        try {
            byte[] signature = Base64.getMimeDecoder().decode(base64Signature.trim());
            Signature verifier = Signature.getInstance("SHA256withRSA", BC);
            verifier.initVerify(key);
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
