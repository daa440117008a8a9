package io.paymenthub.web.callback;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.bog.BogCallbackAuthentication;
import io.paymenthub.gateway.bog.BogGateway;
import io.paymenthub.gateway.bog.CallbackTokens;
import io.paymenthub.problem.HubException;
import io.paymenthub.web.openapi.ApiDoc;
import io.paymenthub.web.security.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * {@code POST /api/v1/callbacks/bog/oauth/token}: the hub as BOG's OAuth server (seed 002, {@code oauth} in
 * {@code BOG_CALLBACK_AUTH}). Client credentials — {@code BOG_CLIENT_ID} and {@code BOG_CLIENT_SECRET} — in
 * the form or as HTTP Basic; the answer is a short-lived bearer token that BOG's callbacks then present.
 * Errors are OAuth's own ({@code invalid_client}, {@code unsupported_grant_type}, RFC 6749 5.2).
 */
@Path("api/v1/callbacks/bog/oauth/token")
@FromGateway
@RequestScoped
@Tag(name = "Gateways")
public class BogOAuthResource {

    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");

    @Inject
    GatewayRegistry gateways;

    @Inject
    BogCallbackAuthentication authentication;

    @Inject
    ClientAddress clientAddress;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueBogCallbackToken",
            summary = "Bank of Georgia's OAuth token for its callbacks (client_credentials)",
            description = "Only when BOG_CALLBACK_AUTH includes oauth; errors are OAuth 2.0's, not problems.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "grant_type", properties = {
                    @SchemaProperty(name = "grant_type", type = SchemaType.STRING, enumeration = "client_credentials"),
                    @SchemaProperty(name = "client_id", type = SchemaType.STRING),
                    @SchemaProperty(name = "client_secret", type = SchemaType.STRING)})))
    @APIResponse(responseCode = "200", description = "A token", content = @Content(schema = @Schema(
            type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "access_token", type = SchemaType.STRING),
                    @SchemaProperty(name = "token_type", type = SchemaType.STRING, enumeration = "Bearer"),
                    @SchemaProperty(name = "expires_in", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "created_at", type = SchemaType.INTEGER)})))
    @APIResponse(responseCode = "400", description = "unsupported_grant_type", content = @Content(schema = @Schema(
            type = SchemaType.OBJECT, properties = @SchemaProperty(name = "error", type = SchemaType.STRING))))
    @APIResponse(responseCode = "401", description = "invalid_client", content = @Content(schema = @Schema(
            type = SchemaType.OBJECT, properties = @SchemaProperty(name = "error", type = SchemaType.STRING))))
    @APIResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDoc.TOO_MANY_REQUESTS)
    public Response token(MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @Context HttpServletRequest servletRequest) {
        if (!gateways.isEnabled(BogGateway.NAME)) {
            throw HubException.notFound("Gateway " + BogGateway.NAME);
        }
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return error(400, "unsupported_grant_type");
        }
        String clientId = form.getFirst("client_id");
        String clientSecret = form.getFirst("client_secret");
        String[] basic = basic(authorization);
        if (basic != null) {
            clientId = basic[0];
            clientSecret = basic[1];
        }
        var issued = authentication.issueToken(clientId, clientSecret);
        if (issued.isEmpty()) {
            SECURITY.warnf("Refused a BOG OAuth token request from %s: invalid client credentials",
                    clientAddress.textOf(servletRequest));
            return error(401, "invalid_client");
        }
        CallbackTokens.Issued token = issued.get();
        return Response.ok(JSON.createObjectBuilder()
                        .add("access_token", token.token())
                        .add("token_type", "Bearer")
                        .add("expires_in", token.lifetime().toSeconds())
                        .add("created_at", token.createdAt().toEpochMilli())
                        .build().toString())
                .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response error(int status, String code) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(JSON.createObjectBuilder().add("error", code).build().toString()).header("Cache-Control", "no-store");
        return status == 401 ? response.header("WWW-Authenticate", "Basic realm=\"payment-hub\"").build() : response.build();
    }
}
