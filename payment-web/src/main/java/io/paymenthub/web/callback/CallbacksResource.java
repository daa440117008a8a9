package io.paymenthub.web.callback;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.callback.CallbackAnswer;
import io.paymenthub.callback.CallbackProcessor;
import io.paymenthub.web.security.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * them); GET, PUT and PATCH for the gateways that call with them (BOG's custom operations). 200 when processed, a duplicate or a refused transition; 401, 400, 404, 409 as docs/api.md says.
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
        return receive("POST", gateway, body, headers, uri, servletRequest);
    }

    /** A custom operation's call (BOG's may come with any method); other gateways answer {@code 405}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response receiveGet(@PathParam("gateway") String gateway, @Context HttpHeaders headers,
                               @Context UriInfo uri, @Context HttpServletRequest servletRequest) {
        return receive("GET", gateway, new byte[0], headers, uri, servletRequest);
    }

    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public Response receivePut(@PathParam("gateway") String gateway, byte[] body, @Context HttpHeaders headers,
                               @Context UriInfo uri, @Context HttpServletRequest servletRequest) {
        return receive("PUT", gateway, body, headers, uri, servletRequest);
    }

    @PATCH
    @Produces(MediaType.APPLICATION_JSON)
    public Response receivePatch(@PathParam("gateway") String gateway, byte[] body, @Context HttpHeaders headers,
                                 @Context UriInfo uri, @Context HttpServletRequest servletRequest) {
        return receive("PATCH", gateway, body, headers, uri, servletRequest);
    }

    private Response receive(String method, String gateway, byte[] body, HttpHeaders headers, UriInfo uri,
                             HttpServletRequest servletRequest) {
        CallbackAnswer answer = processor.receive(gateway, GatewayRequests.of(method, headers, uri, body),
                clientAddress.textOf(servletRequest));
        return Response.ok(JSON.createObjectBuilder()
                .add("received", true)
                .add(answer.subject(), answer.id())
                .add("status", answer.status())
                .add("outcome", answer.outcome())
                .build().toString()).build();
    }
}
