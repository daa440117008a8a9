package io.paymenthub.gateway.newebpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormEncodingTest {

    @Test
    void encodes_like_php_http_build_query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ItemDesc", "100 credits * 2 ~ ok!");
        parameters.put("ReturnURL", "https://hub.example/api/v1/return/newebpay?token=pt_ab");
        parameters.put("Email", "a+b@shop.example");
        parameters.put("Chinese", "點數");
        parameters.put("Skipped", null);
        parameters.put("Safe", "A-z_0.9");

        assertThat(FormEncoding.encode(parameters)).isEqualTo("ItemDesc=100+credits+%2A+2+%7E+ok%21"
                + "&ReturnURL=https%3A%2F%2Fhub.example%2Fapi%2Fv1%2Freturn%2Fnewebpay%3Ftoken%3Dpt_ab"
                + "&Email=a%2Bb%40shop.example&Chinese=%E9%BB%9E%E6%95%B8&Safe=A-z_0.9");
    }

    @Test
    void decodes_what_it_encodes_in_order() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Message", "授權成功 & done");
        parameters.put("Amt", "30");
        assertThat(FormEncoding.decode(FormEncoding.encode(parameters))).containsExactlyEntriesOf(parameters);
    }

    @Test
    void decoding_keeps_the_last_value_of_a_repeated_name_and_tolerates_empty_pairs() {
        assertThat(FormEncoding.decode("a=1&&b&a=2")).containsExactly(Map.entry("a", "2"), Map.entry("b", ""));
    }

    @Test
    void refuses_a_malformed_escape() {
        assertThatThrownBy(() -> FormEncoding.decode("TradeInfo=%zz")).isInstanceOf(IllegalArgumentException.class);
    }
}
