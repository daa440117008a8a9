package io.paymenthub.web.problem;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.observability.RequestIdFilter;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds {@code application/problem+json} responses: type, title, status, detail, code, instance, the request's
 * id (also in the server's log lines), and extensions.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private Problems() {
    }

    public static Response of(HubException e, String instance) {
        return of(e.code(), e.getMessage(), instance, e.extensions());
    }

    public static Response of(ProblemCode code, String detail, String instance, Map<String, ?> extensions) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "urn:payment-hub:problem:" + code.wireName())
                .add("title", code.title())
                .add("status", code.status())
                .add("detail", detail == null ? code.title() : detail)
                .add("code", code.wireName());
        if (instance != null) {
            body.add("instance", instance.startsWith("/") ? instance : "/" + instance);
        }
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            body.add("requestId", requestId);
        }
        extensions.forEach((key, value) -> body.add(key, toJson(value)));
        return Response.status(code.status()).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }

    /** The first of {@code e} and its causes that matches, or null. */
    static Throwable causeOf(Throwable e, Predicate<Throwable> matches) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (matches.test(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static JsonValue toJson(Object value) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Number number) {
            return JSON.createValue(number.longValue());
        }
        if (value instanceof Collection<?> items) {
            var array = JSON.createArrayBuilder();
            items.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        return JSON.createValue(String.valueOf(value));
    }
}
