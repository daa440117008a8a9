package io.paymenthub.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the hub. Each static {@code jakarta.json.Json} factory method looks the provider up
 * again with a ServiceLoader and makes a new one (with new buffer pools); the benchmark found those lookups at
 * ~9 % of a checkout's CPU. A provider is thread-safe: build, read and write JSON through this one.
 */
public final class JsonFactory {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonFactory() {
    }
}
