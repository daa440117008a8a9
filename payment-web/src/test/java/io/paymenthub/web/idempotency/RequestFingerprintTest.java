package io.paymenthub.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static String of(String path, String body) {
        return RequestFingerprint.of("POST", path, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_same_json_in_another_order_or_spacing_is_the_same_request() {
        assertThat(of("api/v1/payments", "{\"amount\":200,\"currency\":\"EUR\",\"metadata\":{\"a\":\"1\",\"b\":\"2\"}}"))
                .isEqualTo(of("api/v1/payments", "{ \"currency\": \"EUR\",\n \"metadata\": {\"b\":\"2\",\"a\":\"1\"}, \"amount\": 200 }"));
    }

    @Test
    void another_value_or_another_path_is_another_request() {
        String original = of("api/v1/payments", "{\"amount\":200,\"currency\":\"EUR\"}");
        assertThat(of("api/v1/payments", "{\"amount\":201,\"currency\":\"EUR\"}")).isNotEqualTo(original);
        assertThat(of("api/v1/payments/x/refunds", "{\"amount\":200,\"currency\":\"EUR\"}")).isNotEqualTo(original);
        assertThat(of("api/v1/payments", "[200,\"EUR\"]")).isNotEqualTo(of("api/v1/payments", "[\"EUR\",200]"));
    }

    @Test
    void a_body_that_is_not_json_counts_by_its_bytes() {
        assertThat(of("p", "not json")).isEqualTo(of("p", "not json")).isNotEqualTo(of("p", "not  json"));
        assertThat(of("p", "")).isEqualTo(of("p", ""));
    }

    @Test
    void json_nested_too_deeply_for_the_parser_counts_by_its_bytes() {
        byte[] deep = ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(RequestFingerprint.canonical(deep)).isEqualTo(deep);
    }
}
