package io.paymenthub.web.problem;

import io.paymenthub.problem.ProblemCode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A body that is not JSON, or not JSON of the expected shape (e.g. a string where a number belongs). */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
        return Problems.of(ProblemCode.MALFORMED_JSON,
                "The body is not valid JSON of the expected shape (amounts are integers of minor units)",
                uri.getPath(), Map.of());
    }
}
