package io.paymenthub.web.callback;

import io.paymenthub.gateway.spi.CallbackRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Copies an HTTP request into the SPI's {@link CallbackRequest}, and names the gateway it is for. */
final class GatewayRequests {

    private static final String CALLBACKS = "callbacks";

    private GatewayRequests() {
    }

    static CallbackRequest of(String method, HttpHeaders headers, UriInfo uri, byte[] body) {
        return new CallbackRequest(method, headers.getRequestHeaders(), uri.getQueryParameters(), body);
    }

    /**
     * The gateway a matched request to {@code api/v1/callbacks/{gateway}[/…]} is for, as the resource sees it: its
     * {@code gateway} path parameter, or else the path segment after {@code callbacks} (decoded, without matrix
     * parameters); null when the path has none.
     */
    static String gatewayOf(UriInfo uri) {
        String matched = uri.getPathParameters().getFirst("gateway");
        if (matched != null) {
            return matched;
        }
        List<PathSegment> segments = uri.getPathSegments();
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (CALLBACKS.equals(segments.get(i).getPath())) {
                return segments.get(i + 1).getPath();
            }
        }
        return null;
    }
}
