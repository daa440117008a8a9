package io.paymenthub.web.security;

import io.paymenthub.config.HubSettings;
import io.paymenthub.network.IpLiterals;
import io.paymenthub.network.IpRanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The address of the client that sent a request. The peer of the connection, unless it is one of the proxies in
 * {@code PAYMENT_TRUSTED_PROXIES}: then {@code X-Forwarded-For} is walked from the right (each proxy appends
 * the address it received from) past the trusted proxies, and the first address no trusted proxy vouches for is
 * the client. Entries left of it are whatever the client wrote, never believed. Empty when the chain cannot be
 * read (a malformed entry where an address is due).
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private IpRanges trustedProxies;

    protected ClientAddress() {
        // for CDI's proxy
    }

    @Inject
    public ClientAddress(HubSettings settings) {
        this(settings.trustedProxies());
    }

    public ClientAddress(IpRanges trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public Optional<InetAddress> of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /** The client's address as text (a rate limit's key, a log line's source); {@code unknown} when unreadable. */
    public String textOf(HttpServletRequest request) {
        return of(request).map(InetAddress::getHostAddress).orElse("unknown");
    }

    /** @param forwardedFor the {@code X-Forwarded-For} header's values, in the order received */
    public Optional<InetAddress> of(String peer, List<String> forwardedFor) {
        Optional<InetAddress> client = IpLiterals.parse(peer);
        if (client.isEmpty() || !trustedProxies.contains(client.get())) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop);
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = IpLiterals.fromHeader(hops.get(i));
            if (client.isEmpty() || !trustedProxies.contains(client.get())) {
                return client;
            }
        }
        return client;
    }
}
