package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * NewebPay as the tests play it: a WireMock server answering {@code QueryTradeInfo} and the credit-card trade APIs
 * ({@code /API/CreditCard/Close}, {@code /API/CreditCard/Cancel}), and the crypto NewebPay uses to write
 * notifications and to read {@code PostData_} — written here independently of the adapter, from the manuals.
 */
final class NewebPaySimulator {

    static final int PORT = Integer.getInteger("newebpay.simulator.port", 18102);
    static final String MERCHANT = "MS3430112";
    static final String KEY = "12345678901234567890123456789012";
    static final String IV = "1234567890123456";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().port(PORT)
            .bindAddress("127.0.0.1"));

    void start() {
        server.start();
    }

    void stop() {
        server.stop();
    }

    WireMockServer server() {
        return server;
    }

    /** QueryTradeInfo for {@code orderNo} answers this TradeStatus (0 unpaid, 1 paid), signed with CheckCode. */
    void tradeStatus(String orderNo, int amt, String tradeStatus) {
        trade(orderNo, amt, tradeStatus, "");
    }

    /** QueryTradeInfo: a paid trade refunded to the last dollar (BackStatus 3, BackBalance 0). */
    void tradeRefunded(String orderNo, int amt) {
        trade(orderNo, amt, "1", ",\"CloseStatus\":\"3\",\"BackStatus\":\"3\",\"BackBalance\":\"0\"");
    }

    private void trade(String orderNo, int amt, String tradeStatus, String moreFields) {
        String tradeNo = tradeNo(orderNo);
        server.stubFor(post(urlEqualTo("/API/QueryTradeInfo"))
                .withRequestBody(containing("MerchantOrderNo=" + orderNo))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"Status\":\"SUCCESS\",\"Message\":\"ok\",\"Result\":{\"MerchantID\":\"" + MERCHANT
                                + "\",\"Amt\":" + amt + ",\"TradeNo\":\"" + tradeNo + "\",\"MerchantOrderNo\":\""
                                + orderNo + "\",\"TradeStatus\":\"" + tradeStatus + "\",\"PaymentType\":\"CREDIT\","
                                + "\"CheckCode\":\"" + checkCode(orderNo, amt) + "\"" + moreFields + "}}")));
    }

    /** {@code /API/CreditCard/Close} or {@code /API/CreditCard/Cancel} answers with this body and HTTP status. */
    void creditCardAnswers(String api, int httpStatus, String body) {
        server.stubFor(post(urlEqualTo("/API/CreditCard/" + api)).willReturn(aResponse().withStatus(httpStatus)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** NewebPay's answer to a close or cancel of {@code amt} dollars it did; a cancel's carries a CheckCode. */
    static String done(String orderNo, int amt, boolean withCheckCode) {
        return "{\"Status\":\"SUCCESS\",\"Message\":\"done\",\"Result\":{\"MerchantID\":\"" + MERCHANT
                + "\",\"Amt\":" + amt + ",\"MerchantOrderNo\":\"" + orderNo + "\",\"TradeNo\":\""
                + tradeNo(orderNo) + "\"" + (withCheckCode ? ",\"CheckCode\":\"" + checkCode(orderNo, amt) + "\"" : "")
                + "}}";
    }

    /**
     * The requests {@code /API/CreditCard/{api}} received, oldest first: their form ({@code MerchantID_},
     * {@code PostData_}) and, under {@code PostData}, the decrypted parameters as one URL-encoded string.
     */
    List<Map<String, String>> creditCardRequests(String api) {
        return server.findAll(postRequestedFor(urlEqualTo("/API/CreditCard/" + api))).stream().map(request -> {
            Map<String, String> form = decodeForm(request.getBodyAsString());
            form.put("PostData", decrypt(form.get("PostData_")));
            return form;
        }).toList();
    }

    private static String tradeNo(String orderNo) {
        return "T" + orderNo.substring(4, 14);
    }

    private static String checkCode(String orderNo, int amt) {
        return sha256("HashIV=" + IV + "&Amt=" + amt + "&MerchantID=" + MERCHANT + "&MerchantOrderNo="
                + orderNo + "&TradeNo=" + tradeNo(orderNo) + "&HashKey=" + KEY);
    }

    /** The NotifyURL form of a RespondType=JSON result, with its TradeSha. */
    static String notifyJson(String status, String orderNo, int amt) {
        String result = "{\"Status\":\"" + status + "\",\"Message\":\"授權成功\",\"Result\":{\"MerchantID\":\""
                + MERCHANT + "\",\"Amt\":" + amt + ",\"TradeNo\":\"T" + orderNo.substring(4, 14)
                + "\",\"MerchantOrderNo\":\"" + orderNo + "\",\"PaymentType\":\"CREDIT\",\"RespondCode\":\"00\","
                + "\"Card6No\":\"400022\",\"Card4No\":\"1111\",\"PayTime\":\"2026-11-24 10:00:00\"}}";
        String tradeInfo = encrypt(result);
        return notifyForm(tradeInfo, tradeSha(tradeInfo));
    }

    /** The NotifyURL form of a RespondType=String result: the same fields URL-encoded flat. */
    static String notifyString(String status, String message, String orderNo, int amt, String respondCode) {
        String result = "Status=" + encode(status) + "&Message=" + encode(message) + "&MerchantID=" + MERCHANT
                + "&Amt=" + amt + "&TradeNo=T" + orderNo.substring(4, 14) + "&MerchantOrderNo=" + orderNo
                + "&PaymentType=CREDIT&RespondCode=" + respondCode;
        String tradeInfo = encrypt(result);
        return notifyForm(tradeInfo, tradeSha(tradeInfo));
    }

    static String notifyForm(String tradeInfo, String tradeSha) {
        return "Status=SUCCESS&MerchantID=" + MERCHANT + "&Version=2.0&TradeInfo=" + encode(tradeInfo)
                + "&TradeSha=" + encode(tradeSha);
    }

    static String encrypt(String plaintext) {
        return HexFormat.of().formatHex(cipher(Cipher.ENCRYPT_MODE, plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    static String decrypt(String hex) {
        return new String(cipher(Cipher.DECRYPT_MODE, HexFormat.of().parseHex(hex)), StandardCharsets.UTF_8);
    }

    static String tradeSha(String tradeInfo) {
        return sha256("HashKey=" + KEY + "&" + tradeInfo + "&HashIV=" + IV);
    }

    static String checkValue(int amt, String orderNo) {
        return sha256("IV=" + IV + "&Amt=" + amt + "&MerchantID=" + MERCHANT + "&MerchantOrderNo=" + orderNo
                + "&Key=" + KEY);
    }

    static Map<String, String> decodeForm(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] nameValue = pair.split("=", 2);
            fields.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length < 2 ? "" : URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] cipher(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                    new IvParameterSpec(IV.getBytes(StandardCharsets.UTF_8)));
            return cipher.doFinal(input);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
