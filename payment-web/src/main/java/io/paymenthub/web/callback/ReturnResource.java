package io.paymenthub.web.callback;

import io.paymenthub.callback.ReturnHandler;
import io.paymenthub.web.openapi.ApiDoc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/return/{gateway}?token=pt_…}: the payer's browser coming back. Answers 302 to the
 * payment's {@code returnUrl} (or {@code FRONTEND_URL}) with {@code ?payment=<id>&status=<status>}; the status
 * is what the gateway confirmed, never what the browser's query claimed.
 */
@Path("api/v1/return/{gateway}")
@RequestScoped
@Tag(name = "Gateways")
public class ReturnResource {

    @Inject
    ReturnHandler returns;

    @GET
    @Operation(operationId = "returnFromGateway", summary = "The payer's browser back from the gateway",
            description = "The hub confirms the payment's status with the gateway, then sends the payer on.")
    @APIResponse(responseCode = "302", description = "To the payment's returnUrl (else FRONTEND_URL, else the hub's"
            + " result page) with ?payment=<id>&status=<status>",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response back(@PathParam("gateway") String gateway, @QueryParam("token") String token,
                         @Context HttpHeaders headers, @Context UriInfo uri) {
        String destination = returns.handle(gateway, token, GatewayRequests.of("GET", headers, uri, null));
        return Response.status(Response.Status.FOUND).location(URI.create(destination)).build();
    }

    /** Some gateways send the payer back with a form POST; it is treated like the GET. */
    @POST
    @Operation(operationId = "returnFromGatewayByPost",
            summary = "The payer's browser back from the gateway by a form POST", description = "As the GET.")
    @APIResponse(responseCode = "302", description = "As the GET",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response backByPost(@PathParam("gateway") String gateway, @QueryParam("token") String token,
                               @Context HttpHeaders headers, @Context UriInfo uri) {
        return back(gateway, token, headers, uri);
    }
}
