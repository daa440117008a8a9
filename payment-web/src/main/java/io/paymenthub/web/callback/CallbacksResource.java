package io.paymenthub.web.callback;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.callback.CallbackAnswer;
import io.paymenthub.callback.CallbackProcessor;
import io.paymenthub.web.openapi.ApiDoc;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/callbacks/{gateway}}: a gateway's notification, taken as raw bytes (signatures cover
 * them); GET, PUT and PATCH for the gateways that call with them (BOG's custom operations). 200 when processed,
 * a duplicate or a refused transition; 401, 400, 404, 409 as docs/api.md says.
 */
@Path("api/v1/callbacks/{gateway}")
@FromGateway
@RequestScoped
@Tag(name = "Gateways", description = "Called by the gateways and their payers, not by merchants: no API key;"
        + " each request is verified the gateway's own way")
public class CallbacksResource {

    @Inject
    CallbackProcessor processor;

    @Inject
    ClientAddress clientAddress;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveCallback", summary = "A gateway's notification of a payment's status",
            description = "Verified over its raw bytes by the gateway's own rules (docs/gateways/), from the networks"
                    + " in <GATEWAY>_CALLBACK_ALLOWED_IPS; applied once however often it is sent.")
    @RequestBody(required = true, description = "As the gateway sends it", content = @Content(mediaType = "*/*",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Verified and applied (or already applied)",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "received", type = SchemaType.BOOLEAN),
                    @SchemaProperty(name = "paymentId", type = SchemaType.STRING),
                    @SchemaProperty(name = "payoutId", type = SchemaType.STRING,
                            description = "Instead of paymentId when the notification is about a payout"),
                    @SchemaProperty(name = "status", ref = ApiDoc.PAYMENT_STATUS),
                    @SchemaProperty(name = "outcome", type = SchemaType.STRING,
                            enumeration = {"applied", "duplicate", "refused"})})))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "429", ref = ApiDoc.TOO_MANY_REQUESTS)
    public Response receive(@PathParam("gateway") String gateway, byte[] body, @Context HttpHeaders headers,
                            @Context UriInfo uri, @Context HttpServletRequest servletRequest) {
        return receive("POST", gateway, body, headers, uri, servletRequest);
    }

    /** A custom operation's call (BOG's may come with any method); other gateways answer {@code 405}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveCallbackByGet", summary = "A gateway's call of a custom operation by GET",
            description = "Bank of Georgia's operations may call back with any method; other gateways answer 405.")
    @APIResponse(responseCode = "200", description = "The gateway's answer",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ApiDoc.METHOD_NOT_ALLOWED)
    public Response receiveGet(@PathParam("gateway") String gateway, @Context HttpHeaders headers,
                               @Context UriInfo uri, @Context HttpServletRequest servletRequest) {
        return receive("GET", gateway, new byte[0], headers, uri, servletRequest);
    }

    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveCallbackByPut", summary = "A gateway's call of a custom operation by PUT",
            description = "Bank of Georgia's operations may call back with any method; other gateways answer 405.")
    @APIResponse(responseCode = "200", description = "The gateway's answer",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ApiDoc.METHOD_NOT_ALLOWED)
    public Response receivePut(@PathParam("gateway") String gateway, byte[] body, @Context HttpHeaders headers,
                               @Context UriInfo uri, @Context HttpServletRequest servletRequest) {
        return receive("PUT", gateway, body, headers, uri, servletRequest);
    }

    @PATCH
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveCallbackByPatch", summary = "A gateway's call of a custom operation by PATCH",
            description = "Bank of Georgia's operations may call back with any method; other gateways answer 405.")
    @APIResponse(responseCode = "200", description = "The gateway's answer",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ApiDoc.METHOD_NOT_ALLOWED)
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
