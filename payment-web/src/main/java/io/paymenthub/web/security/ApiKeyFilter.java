package io.paymenthub.web.security;

import io.paymenthub.merchant.ApiKeys;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/** Authenticates the merchant API with the bearer API key; a missing or unknown key is answered 401. */
@Provider
@MerchantApi
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeys apiKeys;

    @Inject
    CallingApp callingApp;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String> app = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? apiKeys.appFor(authorization.substring(BEARER.length()).trim())
                : Optional.empty();
        if (app.isEmpty()) {
            request.abortWith(Problems.of(new HubException(ProblemCode.UNAUTHORIZED,
                    "Send an app's API key as 'Authorization: Bearer <key>'"), request.getUriInfo().getPath()));
            return;
        }
        callingApp.authenticated(app.get());
    }
}
