package io.paymenthub.web.pay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /js/payment-hub.js}: the browser SDK, one file — a classic script that defines the global
 * {@code PaymentHub}; with {@code ?module} the same file as an ES module ({@code import { PaymentHub } from …}).
 */
@Path("js/payment-hub.js")
@ApplicationScoped
@Tag(name = "Payers")
public class BrowserSdkResource {

    static final String SCRIPT = read("payment-hub.js");

    /** The module: the script, then its exports; it finds the hub from its own URL. */
    static final String MODULE = SCRIPT + """

            const PaymentHub = globalThis.PaymentHub.at(new URL('..', import.meta.url).href);
            export { PaymentHub };
            export default PaymentHub;
            """;

    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    @GET
    @Produces("text/javascript;charset=utf-8")
    @Operation(operationId = "getBrowserSdk",
            summary = "The browser SDK", description = "A classic script, or with ?module an ES module")
    @APIResponse(responseCode = "200", description = "The script", content = @Content(
            mediaType = "text/javascript", schema = @Schema(type = SchemaType.STRING)))
    public Response script(@QueryParam("module") String module) {
        return Response.ok(module == null ? SCRIPT : MODULE).cacheControl(FIVE_MINUTES)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static String read(String name) {
        try (InputStream in = BrowserSdkResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The browser SDK " + name + " is missing from the deployment");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
