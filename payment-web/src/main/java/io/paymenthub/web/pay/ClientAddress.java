package io.paymenthub.web.pay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a payer's request comes from, for rate limits. The connection's peer for now: behind a reverse
 * proxy every payer shares the proxy's address, which a rule trusting {@code X-Forwarded-For} from known proxies
 * replaces here, in one place.
 */
@ApplicationScoped
public class ClientAddress {

    public String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
