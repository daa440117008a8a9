package io.paymenthub.web.pay;

import io.paymenthub.gateway.dummy.DummyCheckout;
import io.paymenthub.gateway.dummy.DummyOutcome;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.openapi.ApiDoc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dummy gateway's payment page: the amount, the description, and Pay / Decline / Fail. The submit travels
 * the callback path, then the payer is sent back through the return endpoint like from a real gateway.
 */
@Path("pay/dummy/{token}")
@RequestScoped
@Tag(name = "Payers")
public class DummyPagesResource {

    @Inject
    DummyCheckout dummy;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showDummyPage", summary = "The dummy gateway's page: Pay, Decline, Fail")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public String page(@PathParam("token") String token,
                       @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Payment payment = dummy.payment(token);
        PageText text = PageText.forPayment(payment, acceptLanguage);
        String heading = "<h1>" + Html.escape(text.get("dummy.heading")) + "</h1>"
                + "<p class=\"amount\">" + Html.escape(payment.amount().toString()) + "</p>"
                + "<p class=\"description\">" + Html.escape(payment.description()) + "</p>";
        if (payment.status() != PaymentStatus.PENDING) {
            return Html.page(text.locale(), text.get("title.payment", text.status(payment.status())), heading
                    + "<p>" + Html.escape(text.get("status.label")) + ": <span class=\"status\" data-status=\""
                    + payment.status() + "\">" + Html.escape(text.status(payment.status())) + "</span></p>");
        }
        return Html.page(text.locale(), text.get("title.pay", payment.amount().toString()), heading
                + "<form method=\"post\"><fieldset><legend>" + Html.escape(text.get("dummy.choose")) + "</legend>"
                + "<button class=\"pay\" name=\"outcome\" value=\"success\">" + Html.escape(text.get("dummy.pay"))
                + "</button><button class=\"decline\" name=\"outcome\" value=\"decline\">"
                + Html.escape(text.get("dummy.decline")) + "</button>"
                + "<button class=\"fail\" name=\"outcome\" value=\"fail\">" + Html.escape(text.get("dummy.fail"))
                + "</button></fieldset></form><p class=\"note\">" + Html.escape(text.get("dummy.note")) + "</p>");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "submitDummyOutcome",
            summary = "The dummy gateway's outcome, a signed callback like any gateway's")
    @APIResponse(responseCode = "303", description = "To the return endpoint",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    public Response submit(@PathParam("token") String token, @FormParam("outcome") String outcome) {
        DummyOutcome choice = DummyOutcome.parse(outcome).orElseThrow(() -> new HubException(
                ProblemCode.INVALID_REQUEST, "outcome must be success, decline or fail"));
        dummy.submit(token, choice);
        return Response.seeOther(URI.create("/api/v1/return/dummy?token=" + token)).build();
    }
}
