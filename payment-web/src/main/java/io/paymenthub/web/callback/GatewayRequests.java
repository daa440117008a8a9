package io.paymenthub.web.callback;

import io.paymenthub.gateway.spi.CallbackRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** Copies an HTTP request into the SPI's {@link CallbackRequest}. */
final class GatewayRequests {

    private GatewayRequests() {
    }

    static CallbackRequest of(HttpHeaders headers, UriInfo uri, byte[] body) {
        return new CallbackRequest(headers.getRequestHeaders(), uri.getQueryParameters(), body);
    }
}
