package org.youthjustice.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Quarkus' own check of the request target switched off, so that the gateway answers an
 * unparsable target itself, as a problem with its request id ({@code rest.MalformedTarget}), instead of the empty
 * 400 of Quarkus' root handler. The switch is a JVM system property read when the HTTP layer starts; tests set it
 * in the gateway's POM. Without it the gateway still refuses such targets, only with an empty answer.
 */
@QuarkusMain
public final class GatewayMain {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private GatewayMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION_OFF) == null) {
            System.setProperty(URI_VALIDATION_OFF, "true");
        }
        Quarkus.run(args);
    }
}
