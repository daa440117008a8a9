package io.paymenthub.web.problem;

import io.paymenthub.problem.HubException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** The hub's own refusals, with their codes. */
@Provider
public class HubExceptionMapper implements ExceptionMapper<HubException> {

    private static final Logger LOG = Logger.getLogger(HubExceptionMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(HubException e) {
        LOG.debugf("%s %s: %s", e.code().status(), e.code().wireName(), e.getMessage());
        return Problems.of(e, uri.getPath());
    }
}
