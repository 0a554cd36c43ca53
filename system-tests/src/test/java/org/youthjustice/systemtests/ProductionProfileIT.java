package org.youthjustice.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.youthjustice.local.ServiceModule;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The prod profile, as Kubernetes runs the applications (QUARKUS_PROFILE=prod, deploy/k8s/SECRETS.md), has no
 * default for what the cluster supplies. Started with it and an empty environment, each packaged application exits at
 * once naming the first variable it lacks (Quarkus stops at the first); its packaged configuration in the prod
 * profile names each of them. No suite is started: the applications stop while reading their configuration.
 */
class ProductionProfileIT {

    private static final Map<String, String> DATA_SERVICE = Map.of(
            "quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL",
            "quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME",
            "quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD",
            "quarkus.flyway.username", "QUARKUS_FLYWAY_USERNAME",
            "quarkus.flyway.password", "QUARKUS_FLYWAY_PASSWORD",
            "quarkus.oidc.auth-server-url", "QUARKUS_OIDC_AUTH_SERVER_URL",
            "kafka.bootstrap.servers", "KAFKA_BOOTSTRAP_SERVERS",
            "kafka.sasl.jaas.config", "KAFKA_SASL_JAAS_CONFIG");
    private static final Map<String, String> MAILER = Map.of(
            "quarkus.mailer.host", "QUARKUS_MAILER_HOST",
            "quarkus.mailer.port", "QUARKUS_MAILER_PORT",
            "quarkus.mailer.username", "QUARKUS_MAILER_USERNAME",
            "quarkus.mailer.password", "QUARKUS_MAILER_PASSWORD");
    private static final List<String> ROUTES = List.of("case", "worker", "procurement", "notification");

    @TempDir
    Path workDir;

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void refusesToStartWithoutItsSecretsNamingTheMissingVariable(ServiceModule service) throws Exception {
        Path log = workDir.resolve(service.module() + ".log");
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", quarkusApp(service).resolve("quarkus-run.jar").toString())
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().clear();
        start.environment().put("QUARKUS_PROFILE", "prod");

        Process application = start.start();
        boolean exited = application.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            application.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertTrue(exited, service.module() + " kept running in the prod profile without its secrets:\n" + output);
        assertNotEquals(0, application.exitValue(), output);
        assertTrue(required(service).values().stream()
                        .anyMatch(variable -> output.contains("Could not expand value " + variable + " ")),
                service.module() + " named none of " + required(service).values() + ":\n" + output);
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void itsPackagedProdProfileRequiresEachSecretFromTheEnvironment(ServiceModule service) throws Exception {
        try (URLClassLoader jars = new URLClassLoader(jarsOf(service), null)) {
            SmallRyeConfig prod = packagedConfiguration(jars);

            Map<String, String> unnamed = new LinkedHashMap<>();
            required(service).forEach((property, variable) -> {
                try {
                    unnamed.put(property, "has the value " + prod.getValue(property, String.class));
                } catch (NoSuchElementException refused) {
                    if (!refused.getMessage().contains(variable)) {
                        unnamed.put(property, refused.getMessage());
                    }
                }
            });

            assertEquals(Map.of(), unnamed, service.module() + ": settings the prod profile does not require");
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void itsPackagedProdProfileIsWhatTheDeploymentExpects(ServiceModule service) throws Exception {
        try (URLClassLoader jars = new URLClassLoader(jarsOf(service), null)) {
            SmallRyeConfig prod = packagedConfiguration(jars);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("quarkus.http.port", "8080");
            // health and metrics on the management interface only, the port the Service names "management"
            expected.put("quarkus.management.enabled", "true");
            expected.put("quarkus.management.port", "9000");
            expected.put("quarkus.log.console.json.enabled", "true");
            // below the pods' terminationGracePeriodSeconds (deploy/k8s/base)
            expected.put("quarkus.shutdown.timeout", "30s");
            // the OpenAPI document and Swagger UI answer only where YJS_OPENAPI_ENABLED=true is set
            expected.put("quarkus.swagger-ui.enabled", "false");
            // traces on (off by default, as in the local run), exported to QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT
            expected.put("quarkus.otel.sdk.disabled", "false");
            if (service == ServiceModule.GATEWAY) {
                expected.put("gateway.openapi.enabled", "false");
                // replicas behind a load balancer: one service's outage must not take every gateway out of rotation
                expected.put("gateway.health.ready-needs-upstreams", "false");
            } else {
                expected.put("quarkus.smallrye-openapi.enabled", "false");
                expected.put("kafka.security.protocol", "SASL_SSL");
                expected.put("kafka.sasl.mechanism", "SCRAM-SHA-512");
                expected.put("kafka.ssl.truststore.type", "PEM");
                expected.put("kafka.ssl.truststore.location", "/etc/yjs/kafka-ca/ca.crt");
            }
            if (service == ServiceModule.CASE || service == ServiceModule.WORKER) {
                expected.put("yjs.identity.key-file", "/etc/yjs/identity/" + service.module() + ".properties");
            }

            Map<String, String> actual = new LinkedHashMap<>();
            expected.keySet().forEach(name -> actual.put(name, prod.getOptionalValue(name, String.class).orElse(null)));

            assertEquals(expected, actual, service.module());
        }
    }

    private static Map<String, String> required(ServiceModule service) {
        Map<String, String> required = new LinkedHashMap<>();
        // traces go to the cluster's collector (platform-tracing), for the gateway and every service alike
        required.put("quarkus.otel.exporter.otlp.endpoint", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
        if (service == ServiceModule.GATEWAY) {
            required.put("quarkus.oidc.auth-server-url", "QUARKUS_OIDC_AUTH_SERVER_URL");
            for (String route : ROUTES) {
                String variable = "GATEWAY_ROUTES_" + route.toUpperCase() + "_";
                required.put("gateway.routes." + route + ".url", variable + "URL");
                required.put("gateway.routes." + route + ".management-url", variable + "MANAGEMENT_URL");
            }
            return required;
        }
        required.putAll(DATA_SERVICE);
        if (service == ServiceModule.NOTIFICATION) {
            required.putAll(MAILER);
        }
        return required;
    }

    /**
     * What the application reads without an environment: its application.properties (ordinal 250) over the platform
     * jars' META-INF/microprofile-config.properties (100), in the prod profile, with expressions expanded.
     */
    private static SmallRyeConfig packagedConfiguration(ClassLoader jars) throws IOException {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withProfile("prod").addDefaultInterceptors();
        for (URL file : Collections.list(jars.getResources("application.properties"))) {
            builder.withSources(new PropertiesConfigSource(file, 250));
        }
        for (URL file : Collections.list(jars.getResources("META-INF/microprofile-config.properties"))) {
            builder.withSources(new PropertiesConfigSource(file, 100));
        }
        return builder.build();
    }

    /** The application's own jar and the platform's, as its fast-jar holds them. */
    private static URL[] jarsOf(ServiceModule service) throws IOException {
        Path app = quarkusApp(service);
        List<URL> jars = new ArrayList<>();
        for (Path dir : List.of(app.resolve("app"), app.resolve("lib/main"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path jar : files.filter(file -> file.getFileName().toString().startsWith(
                        dir.endsWith("app") ? service.module() : "org.youthjustice.")).toList()) {
                    jars.add(jar.toUri().toURL());
                }
            }
        }
        return jars.toArray(URL[]::new);
    }

    private static Path quarkusApp(ServiceModule service) {
        return Path.of("").toAbsolutePath().getParent().resolve(service.module()).resolve("target/quarkus-app");
    }
}
