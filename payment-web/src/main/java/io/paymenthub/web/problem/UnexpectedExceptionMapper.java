package io.paymenthub.web.problem;

import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Anything unforeseen: 500 with an incident id that is also in the log, and nothing of the internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof EJBException && e.getCause() instanceof HubException hub) {
            return Problems.of(hub, uri.getPath());
        }
        Response tooLarge = BodyLimit.problemIfTooLarge(e, uri.getPath());
        if (tooLarge != null) {
            return tooLarge;
        }
        return incident(e, uri.getPath());
    }

    static Response incident(Throwable e, String path) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s on %s", incident, path);
        return Problems.of(ProblemCode.INTERNAL_ERROR, "An unexpected error occurred; quote incident " + incident,
                path, Map.of("incident", incident));
    }
}
