package io.paymenthub.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API, for request and response bodies alike. Without it RESTEasy binds each body
 * with a new Jsonb, which parses the record's class model (every annotation of every property) again: the
 * benchmark found that at more than half of a checkout creation's CPU. A Jsonb is thread-safe and caches models.
 * It reads numbers and text strictly ({@link StrictTypes}).
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new StrictTypes.Integers(), new StrictTypes.Strings()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
