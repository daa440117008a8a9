package io.paymenthub.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPolicyTest {

    @Test
    void internal_addresses_are_recognised() {
        for (String host : new String[] {"localhost", "127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4",
                "169.254.169.254", "[::1]", "0.0.0.0", "[fd00::1]", "metadata.internal", "printer.local"}) {
            assertThat(UrlPolicy.isInternal(host)).as(host).isTrue();
        }
    }

    @Test
    void public_addresses_and_names_are_not() {
        for (String host : new String[] {"shop.example", "93.184.216.34", "8.8.8.8", "[2606:4700::1111]"}) {
            assertThat(UrlPolicy.isInternal(host)).as(host).isFalse();
        }
    }
}
