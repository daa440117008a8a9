package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * epayment.kz as the tests play it (WireMock): the OAuth endpoint (service tokens, and payment tokens for form
 * requests with an {@code invoiceID}), check-status answers set per test, and the operations API.
 */
final class EpaymentSimulator {

    static final int PORT = Integer.getInteger("epayment.simulator.port", 18104);
    static final String TERMINAL = "67890";

    private final WireMockServer server = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));

    void start() {
        server.start();
        server.stubFor(post(urlEqualTo("/oauth2/token")).atPriority(10)
                .willReturn(okJson("{\"access_token\":\"service-token\",\"expires_in\":7200,"
                        + "\"scope\":\"webapi payment\",\"token_type\":\"Bearer\"}")));
        server.stubFor(post(urlEqualTo("/oauth2/token")).atPriority(5)
                .withRequestBody(containing("invoiceID="))
                .willReturn(okJson("{\"access_token\":\"payment-token\",\"expires_in\":1200,"
                        + "\"refresh_token\":\"\",\"scope\":\"payment\",\"token_type\":\"Bearer\"}")));
        server.stubFor(post(urlEqualTo("/payments/cards/auth"))
                .withHeader("Authorization", matching("Bearer payment-token"))
                .willReturn(okJson("{\"id\":\"tx-saved\",\"status\":\"CHARGE\",\"secure3D\":null}")));
    }

    void stop() {
        server.stop();
    }

    WireMockServer server() {
        return server;
    }

    /** The form of the payment-token request for {@code invoiceId}, as epayment.kz received it. */
    Map<String, String> tokenRequest(String invoiceId) {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("invoiceID=" + invoiceId)));
        if (requests.isEmpty()) {
            throw new AssertionError("no token request for invoice " + invoiceId);
        }
        return decodeForm(requests.get(requests.size() - 1).getBodyAsString());
    }

    /** check-status for {@code invoiceId} answers resultCode 100 with this statusName and transaction. */
    void status(String invoiceId, String statusName, String amount, String transactionId) {
        statusAnswer(invoiceId, "{\"resultCode\":\"100\",\"resultMessage\":\"SUCCESS\",\"transaction\":{"
                + "\"id\":\"" + transactionId + "\",\"invoiceID\":\"" + invoiceId + "\",\"amount\":" + amount
                + ",\"currency\":\"KZT\",\"statusName\":\"" + statusName + "\",\"cardMask\":\"440043******6333\","
                + "\"reference\":\"REF-1\",\"reason\":\"success\",\"reasonCode\":\"00\",\"approvalCode\":\"APP1\"}}");
    }

    void statusAnswer(String invoiceId, String json) {
        server.stubFor(get(urlEqualTo("/check-status/payment/transaction/" + invoiceId))
                .withHeader("Authorization", matching("Bearer service-token"))
                .willReturn(okJson(json)));
    }

    /** {@code POST /operation/{id}/{operation}} answers 200 with no body (optionally after a delay). */
    void operationSucceeds(String transactionId, String operation, int delayMillis) {
        server.stubFor(post(urlPathEqualTo("/operation/" + transactionId + "/" + operation))
                .withHeader("Authorization", matching("Bearer service-token"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)));
    }

    List<LoggedRequest> cardPayments() {
        return server.findAll(postRequestedFor(urlEqualTo("/payments/cards/auth")));
    }

    List<LoggedRequest> operations(String transactionId, String operation) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/operation/" + transactionId + "/" + operation)));
    }

    /** A postLink as epayment.kz sends it, echoing the secret_hash the hub gave with the invoice's token. */
    static String postLink(String code, String invoiceId, String amount, String currency, String secretHash,
                           String transactionId) {
        return "{\"id\":\"" + transactionId + "\",\"dateTime\":\"2026-11-24T10:00:00\",\"invoiceId\":\"" + invoiceId
                + "\",\"amount\":" + amount + ",\"currency\":\"" + currency + "\",\"terminal\":\"" + TERMINAL
                + "\",\"accountId\":\"user_1\",\"description\":\"Test\",\"language\":\"rus\",\"cardMask\":\"440043******6333\","
                + "\"cardType\":\"VISA\",\"issuer\":\"HALYK\",\"reference\":\"REF-1\",\"secure\":\"yes\","
                + "\"secret_hash\":\"" + secretHash + "\",\"code\":\"" + code + "\",\"reason\":\""
                + ("ok".equals(code) ? "success" : "Do not honor") + "\",\"reasonCode\":\""
                + ("ok".equals(code) ? "00" : "05") + "\"}";
    }

    static Map<String, String> decodeForm(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
