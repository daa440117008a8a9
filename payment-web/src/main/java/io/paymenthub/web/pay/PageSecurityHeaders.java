package io.paymenthub.web.pay;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The headers of every page the hub serves to a browser — everything under {@code /pay/} and any HTML answer
 * (the receipt): only the pages' own scripts run (by hash, see {@link PageScripts}), no site may frame them (the
 * dummy Pay button cannot be clickjacked), nothing is sniffed, cached or leaked through the Referer (the payment
 * token is in the path), and over HTTPS the browser is told to stay on HTTPS.
 */
@Provider
public class PageSecurityHeaders implements ContainerResponseFilter {

    /**
     * Scripts: the pages' own by hash, and what they load ({@code 'strict-dynamic'}: a gateway's widget script).
     * Styles, images, frames and connections stay open to HTTPS for the gateways' widgets.
     */
    static final String POLICY = "default-src 'self'; script-src " + PageScripts.hashSources() + " 'strict-dynamic'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self' https:; "
            + "frame-src https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static final String HSTS = "max-age=31536000";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isPage(request, response)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", POLICY);
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin");
        headers.putSingle("Cache-Control", "no-store");
        if (request.getSecurityContext().isSecure()) {
            headers.putSingle("Strict-Transport-Security", HSTS);
        }
    }

    private static boolean isPage(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return true;
        }
        String path = request.getUriInfo().getPath();
        return path.startsWith("pay/") || path.startsWith("/pay/");
    }
}
