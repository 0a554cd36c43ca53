package org.youthjustice.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which Java the launched processes run on. */
final class JavaRuntime {

    /** Keycloak needs about 360 MB on this JDK against 500 MB on Java 17 (INFRA.md), so it is preferred there. */
    static final Path KEYCLOAK_PREFERRED_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    private JavaRuntime() {
    }

    /** The {@code java} of the JVM running the launcher. */
    static Path current() {
        return currentHome().resolve("bin/java");
    }

    static Path currentHome() {
        return Path.of(System.getProperty("java.home"));
    }

    static Path keycloakHome() {
        return Files.isExecutable(KEYCLOAK_PREFERRED_HOME.resolve("bin/java")) ? KEYCLOAK_PREFERRED_HOME : currentHome();
    }
}
