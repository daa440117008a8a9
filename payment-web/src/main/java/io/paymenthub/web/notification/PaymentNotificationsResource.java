package io.paymenthub.web.notification;

import io.paymenthub.notification.control.Notifications;
import io.paymenthub.web.openapi.ApiDoc;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The notifications of one payment, with every delivery attempt. */
@Path("api/v1/payments/{id}/notifications")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
@SecurityRequirement(name = ApiDoc.BEARER)
public class PaymentNotificationsResource {

    @Inject
    CallingApp app;

    @Inject
    Notifications notifications;

    @GET
    @Operation(operationId = "listPaymentNotifications",
            summary = "A payment's notifications and their delivery attempts")
    @APIResponse(responseCode = "200", description = "Its notifications, oldest first",
            content = @Content(schema = @Schema(implementation = NotificationJson.Page.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public NotificationJson.Page list(@PathParam("id") String paymentId) {
        return new NotificationJson.Page(notifications.ofPayment(app.id(), paymentId).stream()
                .map(n -> NotificationJson.of(n.notification(), n.attempts())).toList());
    }
}
