package io.paymenthub.web.card;

import io.paymenthub.card.SavedCards;
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

/** The cards a customer of the calling app paid with and its gateway saved (issue 5). */
@Path("api/v1/customers/{customerId}/cards")
@RequestScoped
@MerchantApi
@Produces(MediaType.APPLICATION_JSON)
public class CardsResource {

    @Inject
    CallingApp app;

    @Inject
    SavedCards cards;

    @GET
    public Map<String, List<CardJson>> list(@PathParam("customerId") String customerId) {
        return Map.of("cards", cards.of(app.id(), customerId).stream().map(CardJson::of).toList());
    }
}
