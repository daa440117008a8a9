package io.paymenthub.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/")
public class PaymentHubApplication extends Application {
}
