package io.paymenthub.web.security;

import jakarta.enterprise.context.RequestScoped;

/** The app whose API key authenticated the current request. */
@RequestScoped
public class CallingApp {

    private String appId;

    void authenticated(String appId) {
        this.appId = appId;
    }

    public String id() {
        if (appId == null) {
            throw new IllegalStateException("No authenticated app on this request");
        }
        return appId;
    }
}
