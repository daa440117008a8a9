package io.paymenthub.gateway.newebpay;

import static io.paymenthub.gateway.newebpay.NewebPayFixtures.MERCHANT;
import static io.paymenthub.gateway.newebpay.NewebPayFixtures.PAYMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.ResultKind;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The credit-card close and cancel APIs against a local HTTP server playing NewebPay. */
class CreditCardOperationsTest {

    private static final NewebPayCrypto CRYPTO = NewebPayCryptoTest.CRYPTO;

    private NewebPayStub newebpay;
    private CreditCardOperations operations;

    @BeforeEach
    void start() throws IOException {
        newebpay = new NewebPayStub();
        operations = new CreditCardOperations();
        operations.config = newebpay.config();
        operations.clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);
        operations.api = NewebPayFixtures.api();
    }

    @AfterEach
    void stop() {
        newebpay.close();
    }

    @Test
    void a_refund_is_close_type_2_encrypted_as_post_data() {
        newebpay.answer = success(10, null);

        OperationResult result = operations.refund(PAYMENT_ID, 10);

        assertThat(result.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(result.gatewayReference()).isEqualTo("T23112400001");
        assertThat(newebpay.path).isEqualTo("/API/CreditCard/Close");
        Map<String, String> form = FormEncoding.decode(newebpay.received);
        assertThat(form.keySet()).containsExactly("MerchantID_", "PostData_");
        assertThat(form.get("MerchantID_")).isEqualTo(MERCHANT);
        assertThat(CRYPTO.decrypt(form.get("PostData_"))).isEqualTo("RespondType=JSON&Version=1.1&Amt=10&MerchantOrderNo="
                + PAYMENT_ID + "&TimeStamp=1700000000&IndexType=1&CloseType=2");
    }

    @Test
    void a_capture_is_close_type_1_and_a_void_the_cancel_api_whose_check_code_is_verified() {
        newebpay.answer = success(30, null);
        assertThat(operations.requestCapture(PAYMENT_ID, 30).kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(CRYPTO.decrypt(FormEncoding.decode(newebpay.received).get("PostData_"))).endsWith("&CloseType=1");

        newebpay.answer = success(30, CRYPTO.checkCode("30", MERCHANT, PAYMENT_ID, "T23112400001"));
        assertThat(operations.cancelAuthorization(PAYMENT_ID, 30).kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(newebpay.path).isEqualTo("/API/CreditCard/Cancel");
        assertThat(CRYPTO.decrypt(FormEncoding.decode(newebpay.received).get("PostData_"))).isEqualTo(
                "RespondType=JSON&Version=1.0&Amt=30&MerchantOrderNo=" + PAYMENT_ID + "&TimeStamp=1700000000&IndexType=1");

        newebpay.answer = success(30, "0000");
        assertThat(operations.cancelAuthorization(PAYMENT_ID, 30).kind()).as("a wrong CheckCode")
                .isEqualTo(ResultKind.UNDEFINED);
    }

    @Test
    void a_status_other_than_success_is_a_refusal_and_no_readable_answer_is_not_known() {
        newebpay.answer = "{\"Status\":\"TRA10036\",\"Message\":\"refund exceeds the balance\",\"Result\":{}}";
        OperationResult refused = operations.refund(PAYMENT_ID, 10);
        assertThat(refused.kind()).isEqualTo(ResultKind.ERROR);
        assertThat(refused.message()).contains("TRA10036");

        newebpay.status = 502;
        assertThat(operations.refund(PAYMENT_ID, 10).kind()).isEqualTo(ResultKind.UNDEFINED);
        newebpay.status = 200;
        newebpay.answer = "<html>busy</html>";
        assertThat(operations.refund(PAYMENT_ID, 10).kind()).isEqualTo(ResultKind.UNDEFINED);
        newebpay.answer = success(11, null);
        assertThat(operations.refund(PAYMENT_ID, 10).kind()).as("another amount").isEqualTo(ResultKind.UNDEFINED);
    }

    private static String success(int amt, String checkCode) {
        return "{\"Status\":\"SUCCESS\",\"Message\":\"ok\",\"Result\":{\"MerchantID\":\"" + MERCHANT + "\",\"Amt\":" + amt
                + ",\"MerchantOrderNo\":\"" + PAYMENT_ID + "\",\"TradeNo\":\"T23112400001\""
                + (checkCode == null ? "" : ",\"CheckCode\":\"" + checkCode + "\"") + "}}";
    }
}
