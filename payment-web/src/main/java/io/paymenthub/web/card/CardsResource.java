package io.paymenthub.web.card;

import io.paymenthub.card.SavedCards;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cards a customer of the calling app paid with and its gateway saved (issue 5). */
@Path("api/v1/customers/{customerId}/cards")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved cards")
@SecurityRequirement(name = ApiDoc.BEARER)
public class CardsResource {

    @Inject
    CallingApp app;

    @Inject
    SavedCards cards;

    @GET
    @Operation(operationId = "listSavedCards", summary = "A customer's saved cards")
    @APIResponse(responseCode = "200", description = "{ cards: [ … ] }, none when the customer has none",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "cards", properties =
                    @SchemaProperty(name = "cards", type = SchemaType.ARRAY, implementation = CardJson.class))))
    public Map<String, List<CardJson>> list(@PathParam("customerId") String customerId) {
        return Map.of("cards", cards.of(app.id(), customerId).stream().map(CardJson::of).toList());
    }
}
