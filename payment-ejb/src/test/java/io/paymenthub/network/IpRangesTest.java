package io.paymenthub.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IpRangesTest {

    private static InetAddress ip(String literal) {
        return IpLiterals.parse(literal).orElseThrow();
    }

    private static IpRanges ranges(String text) {
        return IpRanges.parse("X_CALLBACK_ALLOWED_IPS", Optional.of(text));
    }

    @Test
    void ipv4_and_ipv6_networks_and_single_addresses() {
        IpRanges ranges = ranges("203.0.113.0/24, 198.51.100.7 ,2001:db8:1::/48, ::1");
        assertThat(ranges.contains(ip("203.0.113.200"))).isTrue();
        assertThat(ranges.contains(ip("203.0.114.1"))).isFalse();
        assertThat(ranges.contains(ip("198.51.100.7"))).isTrue();
        assertThat(ranges.contains(ip("198.51.100.8"))).isFalse();
        assertThat(ranges.contains(ip("2001:db8:1:ffff::9"))).isTrue();
        assertThat(ranges.contains(ip("2001:db8:2::9"))).isFalse();
        assertThat(ranges.contains(ip("0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(ranges.contains(null)).isFalse();
    }

    @Test
    void prefixes_that_end_inside_a_byte_and_ipv4_mapped_addresses() {
        IpRanges ranges = ranges("10.64.0.0/10");
        assertThat(ranges.contains(ip("10.127.255.255"))).isTrue();
        assertThat(ranges.contains(ip("10.128.0.0"))).isFalse();
        assertThat(ranges.contains(ip("::ffff:10.64.0.1"))).as("IPv4-mapped").isTrue();
        assertThat(ranges("0.0.0.0/0").contains(ip("192.0.2.1"))).isTrue();
        assertThat(ranges("0.0.0.0/0").contains(ip("2001:db8::1"))).as("no IPv4 network holds IPv6").isFalse();
    }

    @Test
    void unset_is_any_address_and_an_empty_trust_list_is_none() {
        assertThat(IpRanges.parse("K", Optional.empty()).contains(ip("192.0.2.1"))).isTrue();
        assertThat(IpRanges.parse("K", Optional.of(" ")).isAny()).isTrue();
        assertThat(IpRanges.parseOrNone("K", Optional.empty()).contains(ip("192.0.2.1"))).isFalse();
    }

    @Test
    void anything_but_an_address_or_network_is_refused_naming_the_key() {
        for (String bad : new String[] {"203.0.113.0/33", "2001:db8::/129", "example.com", "10.0.0.256", "10.0.0",
                "10.0.0.1/", "10.0.0.1:80", "[::1]", "::1/-1", "10.0.0.0/8;rm"}) {
            assertThatThrownBy(() -> ranges(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("X_CALLBACK_ALLOWED_IPS");
        }
    }

    @Test
    void header_values_may_carry_a_port_but_are_never_looked_up() {
        assertThat(IpLiterals.fromHeader("203.0.113.7:51234")).contains(ip("203.0.113.7"));
        assertThat(IpLiterals.fromHeader("[2001:db8::1]:443")).contains(ip("2001:db8::1"));
        assertThat(IpLiterals.fromHeader(" 2001:db8::1 ")).contains(ip("2001:db8::1"));
        assertThat(IpLiterals.fromHeader("localhost")).isEmpty();
        assertThat(IpLiterals.fromHeader("unknown")).isEmpty();
        assertThat(IpLiterals.fromHeader("1.2.3.4.nip.io")).isEmpty();
        assertThat(IpLiterals.fromHeader("::zz")).isEmpty();
        assertThat(IpLiterals.fromHeader("")).isEmpty();
    }
}
