package io.paymenthub.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The hub's own public URLs, built on {@code BACKEND_URL}, that gateways and payers are sent to. */
@ApplicationScoped
public class HubUrls {

    @Inject
    HubSettings settings;

    /** Where a gateway posts its notifications: {@code POST /api/v1/callbacks/{gateway}}. */
    public String callback(String gateway) {
        return settings.backendUrl() + "/api/v1/callbacks/" + gateway;
    }

    /** Where a gateway sends the payer back: {@code GET /api/v1/return/{gateway}?token=pt_…}. */
    public String returnTo(String gateway, String paymentToken) {
        return settings.backendUrl() + "/api/v1/return/" + gateway + "?token=" + encode(paymentToken);
    }

    /** The hosted checkout page, {@code GET /pay/{token}}. */
    public String payPage(String paymentToken) {
        return settings.backendUrl() + "/pay/" + encode(paymentToken);
    }

    /** A page of the hub's own, under {@code /pay/}. */
    public String page(String path) {
        return settings.backendUrl() + "/pay/" + path;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
