package io.paymenthub.web.problem;

import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.StrictTypes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * A body that is not JSON, or not JSON of the expected shape (e.g. a string where an integer belongs), or one
 * cut short for its size.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
        Response tooLarge = BodyLimit.problemIfTooLarge(e, uri.getPath());
        if (tooLarge != null) {
            return tooLarge;
        }
        if (Problems.causeOf(e, cause -> cause instanceof StrictTypes.WrongType) instanceof StrictTypes.WrongType wrongType) {
            return Problems.of(wrongType.numberOutOfType() ? ProblemCode.INVALID_AMOUNT : ProblemCode.MALFORMED_JSON,
                    "The body has a value of the wrong type: " + wrongType.getMessage(), uri.getPath(), Map.of());
        }
        return Problems.of(ProblemCode.MALFORMED_JSON,
                "The body is not valid JSON of the expected shape (amounts are integers of minor units)",
                uri.getPath(), Map.of());
    }
}
