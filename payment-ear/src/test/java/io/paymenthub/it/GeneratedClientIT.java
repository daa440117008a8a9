package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.paymenthub.client.ApiClient;
import io.paymenthub.client.ApiException;
import io.paymenthub.client.ApiResponse;
import io.paymenthub.client.api.PayersApi;
import io.paymenthub.client.api.PaymentsApi;
import io.paymenthub.client.model.CreatePayment;
import io.paymenthub.client.model.Gateway;
import io.paymenthub.client.model.Payment;
import io.paymenthub.client.model.PaymentPage;
import io.paymenthub.client.model.PaymentStatus;
import io.paymenthub.client.model.Problem;
import io.paymenthub.client.model.ProblemCode;
import io.paymenthub.client.model.Refund;
import io.paymenthub.client.model.RefundRequest;
import io.paymenthub.client.model.RefundStatus;
import java.io.IOException;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A merchant's integration written against nothing but the Java client generated from the API document
 * (payment-ear's test build): a payment created, paid on the dummy page, read, refunded, listed page by page, and
 * the problems it answers with read as typed objects.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    private final ApiClient client = client(Hub.APP1_KEY);
    private final PaymentsApi payments = new PaymentsApi(client);

    @Test
    void a_payment_is_created_paid_read_and_refunded() throws Exception {
        String reference = "order-" + UUID.randomUUID();
        ApiResponse<Payment> created = payments.createPaymentWithHttpInfo(new CreatePayment().amount(200L)
                .currency("EUR").description("Credit purchase: 100 credits").reference(reference)
                .returnUrl("https://shop.example/paid"), null, reference + "-attempt-1");
        assertThat(created.getStatusCode()).isEqualTo(201);
        Payment payment = created.getData();
        assertThat(created.getHeaders().get("Location")).containsExactly(Hub.URL + "/api/v1/payments/" + payment.getId());
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.getGateway()).isEqualTo(Gateway.DUMMY);
        assertThat(payment.getCheckout().getUrl()).isEqualTo(Hub.URL + "/pay/dummy/" + payment.getToken());

        // the payer's browser submits the dummy page and follows its 303 (the client follows no redirect)
        ApiException payerSentOn = catchThrowableOfType(ApiException.class, () -> new PayersApi(client(null))
                .submitDummyOutcome(payment.getToken(), null, "success"));
        assertThat(payerSentOn.getCode()).isEqualTo(303);

        Payment paid = payments.getPayment(payment.getId(), false, null);
        assertThat(paid.getStatus()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(paid.getCapturedAmount()).isEqualTo(200L);
        assertThat(paid.getEvents()).isNotEmpty();

        ApiResponse<Refund> refund = payments.refundPaymentWithHttpInfo(payment.getId(),
                new RefundRequest().amount(50L).reason("one item returned"), null, reference + "-refund-1");
        assertThat(refund.getStatusCode()).isEqualTo(201);
        assertThat(refund.getData().getStatus()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund.getData().getAmount()).isEqualTo(50L);

        Payment refunded = payments.getPayment(payment.getId(), false, null);
        assertThat(refunded.getStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(refunded.getRefundedAmount()).isEqualTo(50L);
        assertThat(refunded.getRefunds()).extracting(Refund::getId).containsExactly(refund.getData().getId());
    }

    @Test
    void the_list_is_read_page_by_page() throws Exception {
        String reference = "paged-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            payments.createPayment(new CreatePayment().amount(100L + i).currency("EUR").reference(reference), null,
                    reference + "-" + i);
        }
        PaymentPage first = payments.listPayments(null, Gateway.DUMMY, 2, reference, PaymentStatus.PENDING, null);
        assertThat(first.getItems()).hasSize(2);
        assertThat(first.getNextCursor()).isNotNull();
        PaymentPage last = payments.listPayments(first.getNextCursor(), Gateway.DUMMY, 2, reference,
                PaymentStatus.PENDING, null);
        assertThat(last.getItems()).hasSize(1);
        assertThat(last.getNextCursor()).isNull();
        assertThat(Stream.concat(first.getItems().stream(), last.getItems().stream()).map(Payment::getAmount))
                .containsExactlyInAnyOrder(100L, 101L, 102L);
    }

    @Test
    void problems_are_read_as_typed_objects() throws Exception {
        Problem missing = problem(catchThrowableOfType(ApiException.class,
                () -> payments.getPayment("pay_missing", false, "it-generated-client")));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getCode()).isEqualTo(ProblemCode.NOT_FOUND);
        assertThat(missing.getRequestId()).isEqualTo("it-generated-client");

        Problem invalid = problem(catchThrowableOfType(ApiException.class, () -> payments.createPayment(
                new CreatePayment().amount(0L).currency("EUR"), null, null)));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getCode()).isEqualTo(ProblemCode.INVALID_AMOUNT);

        Problem stranger = problem(catchThrowableOfType(ApiException.class,
                () -> new PaymentsApi(client("sk_wrong")).getPayment("pay_missing", false, null)));
        assertThat(stranger.getCode()).isEqualTo(ProblemCode.UNAUTHORIZED);

        Payment pending = payments.createPayment(new CreatePayment().amount(300L).currency("EUR"), null, null);
        Problem unpaid = problem(catchThrowableOfType(ApiException.class,
                () -> payments.refundPayment(pending.getId(), new RefundRequest(), null, null)));
        assertThat(unpaid.getStatus()).isEqualTo(409);
        assertThat(unpaid.getCode()).isEqualTo(ProblemCode.INVALID_TRANSITION);
        assertThat(unpaid.getPaymentStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    private Problem problem(ApiException e) throws IOException {
        assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    /** The generated client pointed at the hub under test, with an app's API key when one is given. */
    private static ApiClient client(String apiKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Hub.URL);
        if (apiKey != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + apiKey));
        }
        return client;
    }
}
