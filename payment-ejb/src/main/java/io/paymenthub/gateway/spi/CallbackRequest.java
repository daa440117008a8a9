package io.paymenthub.gateway.spi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A gateway's HTTP request to the hub, exactly as received: the raw bytes are what signatures cover; {@code method}
 * the HTTP method, upper case.
 */
public final class CallbackRequest {

    private final String method;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> query;
    private final byte[] body;

    /** A POST. */
    public CallbackRequest(Map<String, List<String>> headers, Map<String, List<String>> query, byte[] body) {
        this("POST", headers, query, body);
    }

    public CallbackRequest(String method, Map<String, List<String>> headers, Map<String, List<String>> query,
                           byte[] body) {
        this.method = method;
        this.headers.putAll(headers);
        this.query = Map.copyOf(query);
        this.body = body == null ? new byte[0] : body;
    }

    public String method() {
        return method;
    }

    /** The first value of a header, matched case-insensitively; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a query parameter; null when absent. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
