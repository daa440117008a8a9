package io.paymenthub.web.problem;

import io.paymenthub.problem.ProblemCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** JAX-RS's own refusals (no such path, wrong method or media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response tooLarge = BodyLimit.problemIfTooLarge(e, uri.getPath());
        if (tooLarge != null) {
            return tooLarge;
        }
        int status = e.getResponse().getStatus();
        ProblemCode code = switch (status) {
            case 401 -> ProblemCode.UNAUTHORIZED;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 400 && status < 500 ? ProblemCode.INVALID_REQUEST : null;
        };
        if (code == null) {
            return UnexpectedExceptionMapper.incident(e, uri.getPath());
        }
        String detail = code == ProblemCode.INVALID_REQUEST ? "The request cannot be read" : code.title();
        return Problems.of(code, detail, uri.getPath(), Map.of());
    }
}
