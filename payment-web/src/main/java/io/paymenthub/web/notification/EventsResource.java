package io.paymenthub.web.notification;

import io.paymenthub.notification.DeliveryState;
import io.paymenthub.notification.control.Events;
import io.paymenthub.notification.control.Notifications;
import io.paymenthub.payment.control.PageCursor;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.idempotency.Idempotent;
import io.paymenthub.web.openapi.ApiDoc;
import io.paymenthub.web.security.CallingApp;
import io.paymenthub.web.security.MerchantApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The app's events: the notifications sent to its notify URLs, listed, read and redelivered. The per-payment
 * notification endpoints show the same rows in their older shape.
 */
@Path("api/v1/events")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Notifications sent to the app (payment.succeeded, …): each POST carries"
        + " Payment-Signature and the Standard Webhooks headers webhook-id (the event id, the same on every"
        + " delivery), webhook-timestamp and webhook-signature, signed with the app's PAYMENT_NOTIFY_SECRETS secret.")
@SecurityRequirement(name = ApiDoc.BEARER)
public class EventsResource {

    static final int MAX_PAGE = 100;

    @Inject
    CallingApp app;

    @Inject
    Events events;

    @GET
    @Operation(operationId = "listEvents", summary = "List the app's events, newest first")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(schema = @Schema(implementation = EventJson.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    public EventJson.Page list(
            @Parameter(description = "Only events of this type", schema = @Schema(ref = ApiDoc.EVENT_TYPE))
            @QueryParam("type") String type,
            @Parameter(description = "Only the events of this payment") @QueryParam("payment") String paymentId,
            @Parameter(description = "Only events whose delivery is in this state",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"pending", "retrying", "delivered", "dead"}))
            @QueryParam("delivery") String delivery,
            @Parameter(description = "1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the page before") @QueryParam("cursor") String cursor) {
        int size = limit(limit);
        Events.Page page = events.list(app.id(), new Events.Filter(blankToNull(type), blankToNull(paymentId),
                deliveryState(delivery)), cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor), size);
        return new EventJson.Page(page.items().stream().map(EventsResource::json).toList(),
                page.next() == null ? null : page.next().encode());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEvent", summary = "An event, with every delivery attempt")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = EventJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public EventJson get(@PathParam("id") String id) {
        return json(events.get(app.id(), id));
    }

    @POST
    @Path("{id}/redeliver")
    @Idempotent
    @Operation(operationId = "redeliverEvent", summary = "Send the event again now, whatever its delivery state",
            description = "The event is delivered again with the same id (webhook-id) and body, with the whole retry"
                    + " schedule ahead of it. Asking again before that delivery is tried changes nothing.")
    @APIResponse(responseCode = "202", description = "The redelivery is queued",
            content = @Content(schema = @Schema(implementation = EventJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response redeliver(@PathParam("id") String id) {
        return Response.accepted(json(events.redeliver(app.id(), id))).build();
    }

    private static EventJson json(Notifications.WithAttempts event) {
        return EventJson.of(event.notification(), event.attempts());
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return 20;
        }
        try {
            int size = Integer.parseInt(limit);
            if (size >= 1 && size <= MAX_PAGE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new HubException(ProblemCode.INVALID_REQUEST, "limit must be an integer between 1 and " + MAX_PAGE);
    }

    private static DeliveryState deliveryState(String delivery) {
        if (delivery == null || delivery.isBlank()) {
            return null;
        }
        try {
            return DeliveryState.valueOf(delivery.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HubException(ProblemCode.INVALID_REQUEST,
                    "delivery must be one of pending, retrying, delivered, dead");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
