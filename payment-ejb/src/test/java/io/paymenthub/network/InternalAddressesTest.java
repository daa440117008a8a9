package io.paymenthub.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.255", "224.0.0.1",
            "239.255.255.250", "240.0.0.1", "255.255.255.255", "::1", "::", "fd00::1", "fc00::1", "fe80::1", "ff02::1",
            "64:ff9b::808:808", "64:ff9b::a00:1", "::ffff:127.0.0.1", "::ffff:100.64.0.1", "::ffff:198.18.0.1",
            "::127.0.0.1", "2002:a00:1::1", "2002:7f00:1::"})
    void refuses_the_hubs_network_and_special_purpose_ranges(String address) throws UnknownHostException {
        assertThat(InternalAddresses.isRefused(InetAddress.getByName(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "100.63.255.255", "100.128.0.1", "198.17.255.255",
            "198.20.0.1", "172.32.0.1", "223.255.255.255", "2606:4700::1111", "2002:808:808::1", "::ffff:8.8.8.8"})
    void lets_public_addresses_through(String address) throws UnknownHostException {
        assertThat(InternalAddresses.isRefused(InetAddress.getByName(address))).as(address).isFalse();
    }

    @Test
    void an_ipv4_mapped_address_built_from_raw_bytes_is_refused_like_its_ipv4_address() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1};
        assertThat(InternalAddresses.isRefused(java.net.Inet6Address.getByAddress(null, mapped, null))).isTrue();
    }

    @Test
    void literals_are_read_without_dns_and_names_are_not_literals() {
        assertThat(InternalAddresses.literal("127.1")).map(InetAddress::getHostAddress).contains("127.0.0.1");
        assertThat(InternalAddresses.literal("[::ffff:10.0.0.1]")).map(InetAddress::getHostAddress).contains("10.0.0.1");
        assertThat(InternalAddresses.literal("shop.example")).isEmpty();
        assertThat(InternalAddresses.literal("localhost")).isEmpty();
    }

    @Test
    void an_allowed_target_matches_only_its_exact_ip_literal_and_port() {
        AllowedTargets allowed = AllowedTargets.parse(Optional.of("127.0.0.1:18105, [::1]:8443"));
        assertThat(allowed.allows(URI.create("http://127.0.0.1:18105/hooks"))).isTrue();
        assertThat(allowed.allows(URI.create("https://[0:0:0:0:0:0:0:1]:8443/h"))).isTrue();
        assertThat(allowed.allows(URI.create("http://127.0.0.1:18106/hooks"))).as("another port").isFalse();
        assertThat(allowed.allows(URI.create("http://127.0.0.1/hooks"))).as("the default port").isFalse();
        assertThat(allowed.allows(URI.create("http://localhost:18105/hooks"))).as("a name").isFalse();
        assertThat(allowed.allows(URI.create("http://127.0.0.2:18105/hooks"))).isFalse();
        assertThat(AllowedTargets.parse(Optional.empty()).allows(URI.create("http://127.0.0.1:18105/"))).isFalse();
    }

    @Test
    void an_allowed_target_must_be_an_ip_with_a_port() {
        for (String wrong : new String[] {"localhost:80", "127.0.0.1", "receiver.example:443"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AllowedTargets.parse(Optional.of(wrong)))
                    .as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
