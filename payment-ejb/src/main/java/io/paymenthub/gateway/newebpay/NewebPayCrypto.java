package io.paymenthub.gateway.newebpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * NewebPay's cryptography, as its MPG manual specifies it. {@code TradeInfo} is the lowercase hex of
 * AES-256-CBC (key = HashKey, 32 bytes; IV = HashIV, 16 bytes; PKCS7 padding) over the URL-encoded
 * parameters; {@code TradeSha} is the upper-case hex SHA-256 of {@code HashKey=…&TradeInfo&HashIV=…}. The
 * trade query is signed with {@code CheckValue} and its answer with {@code CheckCode}, also upper-case SHA-256.
 * Made once from the configuration; the keys never leave this object.
 */
public final class NewebPayCrypto {

    private static final HexFormat HEX = HexFormat.of();

    private final String hashKey;
    private final String hashIv;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;

    /** @throws IllegalArgumentException when the key is not 32 bytes or the IV not 16 (the message names no key) */
    public NewebPayCrypto(String hashKey, String hashIv) {
        byte[] keyBytes = hashKey.getBytes(StandardCharsets.UTF_8);
        byte[] ivBytes = hashIv.getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("NEWEBPAY_HASH_KEY must be 32 bytes long, it is " + keyBytes.length);
        }
        if (ivBytes.length != 16) {
            throw new IllegalArgumentException("NEWEBPAY_HASH_IV must be 16 bytes long, it is " + ivBytes.length);
        }
        this.hashKey = hashKey;
        this.hashIv = hashIv;
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.iv = new IvParameterSpec(ivBytes);
    }

    /** {@code TradeInfo}: lowercase hex of the encrypted, URL-encoded parameters. */
    public String encrypt(String plaintext) {
        try {
            return HEX.formatHex(cipher(Cipher.ENCRYPT_MODE).doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    /** @throws IllegalArgumentException for text that is not hex, not whole AES blocks, or badly padded */
    public String decrypt(String tradeInfo) {
        byte[] encrypted;
        try {
            encrypted = HEX.parseHex(tradeInfo);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TradeInfo is not hexadecimal");
        }
        if (encrypted.length == 0) {
            throw new IllegalArgumentException("TradeInfo is empty");
        }
        try {
            return new String(cipher(Cipher.DECRYPT_MODE).doFinal(encrypted), StandardCharsets.UTF_8);
        } catch (IllegalBlockSizeException e) {
            throw new IllegalArgumentException("TradeInfo is not a whole number of AES blocks");
        } catch (BadPaddingException e) {
            throw new IllegalArgumentException("TradeInfo does not decrypt: bad padding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES decryption failed", e);
        }
    }

    /** {@code TradeSha} of a {@code TradeInfo}. */
    public String tradeSha(String tradeInfo) {
        return sha256("HashKey=" + hashKey + "&" + tradeInfo + "&HashIV=" + hashIv);
    }

    /** True when {@code claimed} is the TradeSha of {@code tradeInfo}; compared in constant time. */
    public boolean isTradeSha(String tradeInfo, String claimed) {
        return claimed != null && constantTimeEquals(tradeSha(tradeInfo), claimed.toUpperCase(Locale.ROOT));
    }

    /** The trade query's {@code CheckValue}: the parameters in A–Z order between the IV and the key. */
    public String checkValue(long amt, String merchantId, String merchantOrderNo) {
        return sha256("IV=" + hashIv + "&Amt=" + amt + "&MerchantID=" + merchantId + "&MerchantOrderNo="
                + merchantOrderNo + "&Key=" + hashKey);
    }

    /** The trade query answer's {@code CheckCode}. */
    public String checkCode(String amt, String merchantId, String merchantOrderNo, String tradeNo) {
        return sha256("HashIV=" + hashIv + "&Amt=" + amt + "&MerchantID=" + merchantId + "&MerchantOrderNo="
                + merchantOrderNo + "&TradeNo=" + tradeNo + "&HashKey=" + hashKey);
    }

    /** True when {@code claimed} is the {@code CheckCode} of this trade; compared in constant time. */
    public boolean isCheckCode(String amt, String merchantId, String merchantOrderNo, String tradeNo, String claimed) {
        return claimed != null && constantTimeEquals(checkCode(amt, merchantId, merchantOrderNo, tradeNo),
                claimed.toUpperCase(Locale.ROOT));
    }

    static boolean constantTimeEquals(String expected, String claimed) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), claimed.getBytes(StandardCharsets.UTF_8));
    }

    private Cipher cipher(int mode) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(mode, key, iv);
        return cipher;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "NewebPayCrypto[keys hidden]";
    }
}
