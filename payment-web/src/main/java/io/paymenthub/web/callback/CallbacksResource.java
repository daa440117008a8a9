package io.paymenthub.web.callback;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.callback.CallbackAnswer;
import io.paymenthub.callback.CallbackProcessor;
import io.paymenthub.web.security.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code POST /api/v1/callbacks/{gateway}}: a gateway's notification, taken as raw bytes (signatures cover
 * them). 200 when processed, a duplicate or a refused transition; 401, 400, 404, 409 as docs/api.md says.
 */
@Path("api/v1/callbacks/{gateway}")
@FromGateway
@RequestScoped
public class CallbacksResource {

    @Inject
    CallbackProcessor processor;

    @Inject
    ClientAddress clientAddress;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("gateway") String gateway, byte[] body, @Context HttpHeaders headers,
                            @Context UriInfo uri, @Context HttpServletRequest servletRequest) {
        CallbackAnswer answer = processor.receive(gateway, GatewayRequests.of(headers, uri, body),
                clientAddress.textOf(servletRequest));
        return Response.ok(JSON.createObjectBuilder()
                .add("received", true)
                .add(answer.subject(), answer.id())
                .add("status", answer.status())
                .add("outcome", answer.outcome())
                .build().toString()).build();
    }
}
