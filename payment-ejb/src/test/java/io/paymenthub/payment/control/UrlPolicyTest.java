package io.paymenthub.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPolicyTest {

    @Test
    void internal_addresses_are_recognised() {
        for (String host : new String[] {"localhost", "127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4",
                "169.254.169.254", "[::1]", "0.0.0.0", "[fd00::1]", "metadata.internal", "printer.local", "localhost.",
                "127.1", "2130706433", "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]", "100.64.0.1", "198.18.0.1",
                "[64:ff9b::a00:1]", "224.0.0.1", "0.1.2.3", "[not-an-address]"}) {
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
