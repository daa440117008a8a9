package io.paymenthub.web.notification;

import io.paymenthub.notification.control.Notifications;
import io.paymenthub.web.idempotency.Idempotent;
import io.paymenthub.web.openapi.ApiDoc;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Redelivery of a dead notification: it is sent again with the whole retry schedule ahead of it. */
@Path("api/v1/notifications")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
@SecurityRequirement(name = ApiDoc.BEARER)
public class NotificationsResource {

    @Inject
    CallingApp app;

    @Inject
    Notifications notifications;

    @POST
    @Path("{id}/redeliver")
    @Idempotent
    @Operation(operationId = "redeliverNotification",
            summary = "Send a notification again now, whatever its delivery state",
            description = "The same as POST /api/v1/events/{id}/redeliver, by the notification's id.")
    @APIResponse(responseCode = "202", description = "The redelivery is queued",
            content = @Content(schema = @Schema(implementation = NotificationJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response redeliver(@PathParam("id") String notificationId) {
        return Response.accepted(NotificationJson.of(notifications.redeliver(app.id(), notificationId), null)).build();
    }
}
