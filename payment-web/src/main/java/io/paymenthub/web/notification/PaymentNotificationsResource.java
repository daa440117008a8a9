package io.paymenthub.web.notification;

import io.paymenthub.notification.control.Notifications;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The notifications of one payment, with every delivery attempt. */
@Path("api/v1/payments/{id}/notifications")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
public class PaymentNotificationsResource {

    @Inject
    CallingApp app;

    @Inject
    Notifications notifications;

    @GET
    public NotificationJson.Page list(@PathParam("id") String paymentId) {
        return new NotificationJson.Page(notifications.ofPayment(app.id(), paymentId).stream()
                .map(n -> NotificationJson.of(n.notification(), n.attempts())).toList());
    }
}
