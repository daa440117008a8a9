package io.paymenthub.web.notification;

import io.paymenthub.notification.control.Notifications;
import io.paymenthub.web.idempotency.Idempotent;
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

/** Redelivery of a dead notification: it is sent again with the whole retry schedule ahead of it. */
@Path("api/v1/notifications")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    CallingApp app;

    @Inject
    Notifications notifications;

    @POST
    @Path("{id}/redeliver")
    @Idempotent
    public Response redeliver(@PathParam("id") String notificationId) {
        return Response.accepted(NotificationJson.of(notifications.redeliver(app.id(), notificationId), null)).build();
    }
}
