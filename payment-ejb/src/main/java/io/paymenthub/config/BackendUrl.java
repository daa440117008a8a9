package io.paymenthub.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The hub's public origin: {@code BACKEND_URL}, or where the server itself answers HTTP when it is unset
 * ({@code http://localhost:} 8080 plus the port offset), so that a hub moved with {@code PAYMENT_PORT_OFFSET} sends
 * payers and gateways to its own port.
 */
final class BackendUrl {

    static final int HTTP_PORT = 8080;

    private BackendUrl() {
    }

    /**
     * @param configured  {@code BACKEND_URL}
     * @param portOffset  {@code PAYMENT_PORT_OFFSET}, which the server's sockets take first
     * @param serverOffset {@code jboss.socket.binding.port-offset}, which they take when it is unset
     */
    static String resolve(Optional<String> configured, Optional<String> portOffset, Optional<String> serverOffset) {
        if (configured.isPresent()) {
            return checked(stripTrailingSlash(configured.get().strip()));
        }
        int offset = portOffset.isPresent() ? offset("PAYMENT_PORT_OFFSET", portOffset.get())
                : serverOffset.map(value -> offset("jboss.socket.binding.port-offset", value)).orElse(0);
        return "http://localhost:" + (HTTP_PORT + offset);
    }

    private static int offset(String key, String value) {
        try {
            int offset = Integer.parseInt(value.strip());
            if (offset >= 0 && offset <= 65535 - HTTP_PORT) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // refused below, in one line
        }
        throw new IllegalStateException(key + " must be a whole number from 0 to " + (65535 - HTTP_PORT)
                + " (added to the ports 8080, 8443 and 9990); it is '" + value + "'");
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
                    && uri.getUserInfo() == null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below, in one line
        }
        throw new IllegalStateException("BACKEND_URL must be the hub's public base URL, http:// or https://"
                + " with a host and no query (e.g. https://pay.example.com); it is '" + url + "'");
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
