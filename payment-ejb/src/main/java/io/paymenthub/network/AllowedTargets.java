package io.paymenthub.network;

import java.net.InetAddress;
import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PAYMENT_NOTIFY_ALLOWED_TARGETS}: exact {@code ip:port} pairs ({@code 10.0.4.7:8443}, {@code [fd00::7]:443})
 * that notify URLs may reach although the address is internal, over http or https — for an operator's own receiver
 * inside the hub's network, and for the integration tests' local receiver. Only an IP literal written in the URL
 * with that port matches: a host name never does, so no DNS answer can lead to a listed address.
 */
public final class AllowedTargets {

    private final Set<String> targets;

    private AllowedTargets(Set<String> targets) {
        this.targets = Set.copyOf(targets);
    }

    /** @throws IllegalArgumentException for an entry that is not an IP literal with a port */
    public static AllowedTargets parse(Optional<String> list) {
        Set<String> targets = new HashSet<>();
        for (String entry : list.orElse("").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            URI uri = URI.create("//" + entry.trim());
            Optional<InetAddress> address = InternalAddresses.literal(uri.getHost());
            if (address.isEmpty() || uri.getPort() < 0) {
                throw new IllegalArgumentException("PAYMENT_NOTIFY_ALLOWED_TARGETS: '" + entry.trim()
                        + "' is not an IP address with a port");
            }
            targets.add(key(address.get(), uri.getPort()));
        }
        return new AllowedTargets(targets);
    }

    /** Whether the URL's host is a listed IP literal and its port (explicit, or its scheme's) the listed port. */
    public boolean allows(URI uri) {
        if (targets.isEmpty()) {
            return false;
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return InternalAddresses.literal(uri.getHost()).map(address -> targets.contains(key(address, port)))
                .orElse(false);
    }

    private static String key(InetAddress address, int port) {
        return address.getHostAddress() + "#" + port;
    }
}
