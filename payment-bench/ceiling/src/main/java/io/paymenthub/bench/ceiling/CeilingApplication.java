package io.paymenthub.bench.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The ceiling's and the checkout floor's endpoints, under the WAR's context root {@code /bench-ceiling}. */
@ApplicationPath("/")
public class CeilingApplication extends Application {
}
