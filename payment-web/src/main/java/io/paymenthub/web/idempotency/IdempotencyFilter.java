package io.paymenthub.web.idempotency;

import io.paymenthub.idempotency.Claim;
import io.paymenthub.idempotency.ClaimStep;
import io.paymenthub.idempotency.IdempotencyStore;
import io.paymenthub.idempotency.OperationAnswers;
import io.paymenthub.idempotency.RequestKey;
import io.paymenthub.idempotency.StoredResponse;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.problem.Problems;
import io.paymenthub.web.security.CallingApp;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.lang.annotation.Annotation;

/**
 * {@code Idempotency-Key}: before the resource runs, the key is claimed (or its first response replayed, or a
 * different request with it refused with 422) — unless the resource {@linkplain Idempotent#claimedByResource claims
 * it} in its work's first transaction, and then after it when it refused the request before; after, the response is
 * stored for replay, unless the resource kept it in its own last transaction ({@link IdempotencyClaim#keep}). A 5xx
 * is not stored: the key is released so that the client may retry — unless the request reached a gateway, when the
 * key stays in progress until the operation it sent is settled ({@link OperationAnswers}).
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    IdempotencyStore store;

    @Inject
    CallingApp callingApp;

    @Inject
    IdempotencyClaim claimed;

    /** One per kind of gateway operation a request reserves (refunds, payouts). */
    @Inject
    Instance<OperationAnswers> operations;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            request.abortWith(Problems.of(new HubException(ProblemCode.INVALID_REQUEST,
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters"), path));
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = RequestFingerprint.of(request.getMethod(), path, body);
        if (isClaimedByResource()) {
            claimed.claimedByResource(store.stepFor(new RequestKey(callingApp.id(), key, fingerprint)));
            return;
        }
        try {
            Claim claim = store.claim(callingApp.id(), key, fingerprint, answers());
            if (claim instanceof Claim.Replay replay) {
                request.abortWith(replayOf(replay.response()));
            } else if (claim instanceof Claim.First first) {
                claimed.claimed(first.recordId());
            }
        } catch (HubException e) {
            request.abortWith(Problems.of(e, path));
        }
    }

    private boolean isClaimedByResource() {
        Idempotent idempotent = resource.getResourceMethod().getAnnotation(Idempotent.class);
        return idempotent != null && idempotent.claimedByResource();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ClaimStep unclaimed = claimed.unclaimedStep();
        boolean notFinal = response.getStatus() >= 500 || isInProgress(response);
        if (unclaimed != null && !notFinal && !claimedLate(unclaimed, request, response)) {
            return;
        }
        Long recordId = claimed.recordId();
        if (recordId == null) {
            return;
        }
        if (notFinal) {
            store.release(recordId);
            return;
        }
        if (claimed.isAnswerKept()) {
            return;
        }
        String body = claimed.keep(response.getStatus(), response.getLocation(), response.getEntity());
        if (body != null) {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    /**
     * A {@code 409 idempotency_in_progress} naming an {@code outstanding} capture or void of the payment, still
     * being confirmed with its gateway, is no answer to keep: the key is released, so that its retry runs once that
     * is settled.
     */
    private static boolean isInProgress(ContainerResponseContext response) {
        return response.getStatus() == ProblemCode.IDEMPOTENCY_IN_PROGRESS.status()
                && response.getEntity() instanceof String body
                && body.contains("\"code\":\"" + ProblemCode.IDEMPOTENCY_IN_PROGRESS.wireName() + "\"")
                && body.contains("\"outstanding\":");
    }

    /**
     * The key of a request its resource refused before claiming it, claimed now, as the filter claims others: true
     * when this answer is the first (to keep); else the answer is replaced by the first's, or by the key's refusal.
     */
    private boolean claimedLate(ClaimStep step, ContainerRequestContext request, ContainerResponseContext response) {
        Response instead;
        try {
            Claim claim = store.claim(step, answers());
            if (claim instanceof Claim.First) {
                return true;
            }
            instead = replayOf(((Claim.Replay) claim).response());
        } catch (HubException e) {
            instead = Problems.of(e, request.getUriInfo().getPath());
        }
        response.setStatus(instead.getStatus());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        instead.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setEntity(instead.getEntity(), new Annotation[0], instead.getMediaType());
        return false;
    }

    static Response replayOf(StoredResponse stored) {
        Response.ResponseBuilder replay = Response.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            replay.entity(stored.body()).type(stored.status() >= 400 ? Problems.PROBLEM_JSON : MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        return replay.build();
    }

    /** The settled answer of an operation, from whichever kind names it. */
    private OperationAnswers answers() {
        return operation -> operations.stream().map(kind -> kind.settled(operation)).flatMap(Optional::stream)
                .findFirst();
    }
}
