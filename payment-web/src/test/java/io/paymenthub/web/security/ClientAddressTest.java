package io.paymenthub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.network.IpLiterals;
import io.paymenthub.network.IpRanges;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final ClientAddress BEHIND_PROXIES = new ClientAddress(
            IpRanges.parseOrNone("PAYMENT_TRUSTED_PROXIES", Optional.of("10.0.0.0/8, 2001:db8:ffff::/48")));
    private static final ClientAddress NO_PROXY = new ClientAddress(
            IpRanges.parseOrNone("PAYMENT_TRUSTED_PROXIES", Optional.empty()));

    private static Optional<InetAddress> ip(String literal) {
        return IpLiterals.parse(literal);
    }

    @Test
    void without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
        assertThat(NO_PROXY.of("198.51.100.9", List.of("203.0.113.7"))).isEqualTo(ip("198.51.100.9"));
        assertThat(NO_PROXY.of("10.0.0.5", List.of("203.0.113.7"))).isEqualTo(ip("10.0.0.5"));
    }

    @Test
    void a_peer_that_is_no_trusted_proxy_cannot_name_another_client() {
        assertThat(BEHIND_PROXIES.of("198.51.100.9", List.of("203.0.113.7"))).isEqualTo(ip("198.51.100.9"));
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_it_forwarded_for() {
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of())).as("the proxy's own call").isEqualTo(ip("10.0.0.5"));
    }

    @Test
    void the_chain_is_walked_from_the_right_past_trusted_proxies_only() {
        // the client wrote "192.0.2.1" itself; the edge proxy appended the address it saw, the inner one its own
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("192.0.2.1, 203.0.113.7, 10.1.2.3")))
                .isEqualTo(ip("203.0.113.7"));
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("192.0.2.1", "203.0.113.7, 10.1.2.3")))
                .as("over several headers, in order").isEqualTo(ip("203.0.113.7"));
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("10.9.9.9, 10.1.2.3"))).as("only proxies")
                .isEqualTo(ip("10.9.9.9"));
    }

    @Test
    void ipv6_peers_and_hops_with_ports() {
        assertThat(BEHIND_PROXIES.of("2001:db8:ffff::1", List.of("[2001:db8:1::7]:51234")))
                .isEqualTo(ip("2001:db8:1::7"));
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("203.0.113.7:51234, 2001:db8:ffff::2")))
                .isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void an_unreadable_hop_where_the_client_is_due_is_no_address_at_all() {
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("evil.example"))).isEmpty();
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("203.0.113.7, unknown"))).isEmpty();
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("garbage, 203.0.113.7"))).as("left of the client: ignored")
                .isEqualTo(ip("203.0.113.7"));
    }
}
