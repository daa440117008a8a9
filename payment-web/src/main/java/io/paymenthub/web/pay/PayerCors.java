package io.paymenthub.web.pay;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * CORS for the payer-facing API only: the status query and the browser SDK answer the origins of
 * {@code PAYMENT_ALLOWED_ORIGINS}, without credentials. Every other path — the merchant API above all — sends no
 * CORS header, so a browser never lets a page read it: the merchant API stays server to server.
 */
@Provider
public class PayerCors implements ContainerResponseFilter {

    private static final Pattern PAYER_PATHS = Pattern.compile("/?(pay/[^/]+/status|js/payment-hub\\.js)");

    @Inject
    PayerSettings settings;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!PAYER_PATHS.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", "Origin");
        String origin = request.getHeaderString("Origin");
        if (!settings.allowsOrigin(origin)) {
            return;
        }
        headers.putSingle("Access-Control-Allow-Origin", origin);
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", "GET");
            headers.putSingle("Access-Control-Allow-Headers", "Accept");
            headers.putSingle("Access-Control-Max-Age", "600");
        }
    }
}
