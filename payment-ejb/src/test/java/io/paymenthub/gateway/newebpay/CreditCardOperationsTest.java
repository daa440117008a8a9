package io.paymenthub.gateway.newebpay;

import static io.paymenthub.gateway.newebpay.NewebPayFixtures.MERCHANT;
import static io.paymenthub.gateway.newebpay.NewebPayFixtures.PAYMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.ResultKind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The credit-card close and cancel APIs against a local HTTP server playing NewebPay. */
class CreditCardOperationsTest {

    private static final NewebPayCrypto CRYPTO = NewebPayCryptoTest.CRYPTO;

    private HttpServer server;
    private final AtomicReference<String> path = new AtomicReference<>();
    private final AtomicReference<String> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "";
    private CreditCardOperations operations;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/API/CreditCard/", exchange -> {
            path.set(exchange.getRequestURI().getPath());
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        operations = new CreditCardOperations();
        operations.config = NewebPayFixtures.config("http://127.0.0.1:" + server.getAddress().getPort());
        operations.clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);
        operations.api = NewebPayFixtures.api();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_refund_is_close_type_2_encrypted_as_post_data() {
        answer = success(10, null);

        OperationResult result = operations.refund(PAYMENT_ID, 10);

        assertThat(result.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(result.gatewayReference()).isEqualTo("T23112400001");
        assertThat(path.get()).isEqualTo("/API/CreditCard/Close");
        Map<String, String> form = FormEncoding.decode(received.get());
        assertThat(form.keySet()).containsExactly("MerchantID_", "PostData_");
        assertThat(form.get("MerchantID_")).isEqualTo(MERCHANT);
        assertThat(CRYPTO.decrypt(form.get("PostData_"))).isEqualTo("RespondType=JSON&Version=1.1&Amt=10&MerchantOrderNo="
                + PAYMENT_ID + "&TimeStamp=1700000000&IndexType=1&CloseType=2");
    }

    @Test
    void a_capture_is_close_type_1_and_a_void_the_cancel_api_whose_check_code_is_verified() {
        answer = success(30, null);
        assertThat(operations.requestCapture(PAYMENT_ID, 30).kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(CRYPTO.decrypt(FormEncoding.decode(received.get()).get("PostData_"))).endsWith("&CloseType=1");

        answer = success(30, CRYPTO.checkCode("30", MERCHANT, PAYMENT_ID, "T23112400001"));
        assertThat(operations.cancelAuthorization(PAYMENT_ID, 30).kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(path.get()).isEqualTo("/API/CreditCard/Cancel");
        assertThat(CRYPTO.decrypt(FormEncoding.decode(received.get()).get("PostData_"))).isEqualTo(
                "RespondType=JSON&Version=1.0&Amt=30&MerchantOrderNo=" + PAYMENT_ID + "&TimeStamp=1700000000&IndexType=1");

        answer = success(30, "0000");
        assertThat(operations.cancelAuthorization(PAYMENT_ID, 30).kind()).as("a wrong CheckCode")
                .isEqualTo(ResultKind.UNDEFINED);
    }

    @Test
    void a_status_other_than_success_is_a_refusal_and_no_readable_answer_is_not_known() {
        answer = "{\"Status\":\"TRA10036\",\"Message\":\"refund exceeds the balance\",\"Result\":{}}";
        OperationResult refused = operations.refund(PAYMENT_ID, 10);
        assertThat(refused.kind()).isEqualTo(ResultKind.ERROR);
        assertThat(refused.message()).contains("TRA10036");

        status = 502;
        assertThat(operations.refund(PAYMENT_ID, 10).kind()).isEqualTo(ResultKind.UNDEFINED);
        status = 200;
        answer = "<html>busy</html>";
        assertThat(operations.refund(PAYMENT_ID, 10).kind()).isEqualTo(ResultKind.UNDEFINED);
        answer = success(11, null);
        assertThat(operations.refund(PAYMENT_ID, 10).kind()).as("another amount").isEqualTo(ResultKind.UNDEFINED);
    }

    private static String success(int amt, String checkCode) {
        return "{\"Status\":\"SUCCESS\",\"Message\":\"ok\",\"Result\":{\"MerchantID\":\"" + MERCHANT + "\",\"Amt\":" + amt
                + ",\"MerchantOrderNo\":\"" + PAYMENT_ID + "\",\"TradeNo\":\"T23112400001\""
                + (checkCode == null ? "" : ",\"CheckCode\":\"" + checkCode + "\"") + "}}";
    }
}
