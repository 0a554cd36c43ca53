package org.youthjustice.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The five Quarkus applications of the suite, with their database and login roles, and the environment the launcher
 * gives each (the contract every service's {@code application.properties} reads).
 *
 * <p>Each service that owns data has two roles, as in production (issue 11, item 6): Flyway migrates as the owner of
 * the database and its tables ({@code <role>_owner}), and the service runs as {@code <role>}, which owns nothing and
 * gets only the grants of platform-messaging's {@code afterMigrate} callback.
 */
public enum ServiceModule {
    CASE("case-service", PortSetting.CASE_SERVICE, PortSetting.CASE_MANAGEMENT, "cases", "case_service"),
    WORKER("worker-service", PortSetting.WORKER_SERVICE, PortSetting.WORKER_MANAGEMENT, "workers", "worker_service"),
    PROCUREMENT("procurement-service", PortSetting.PROCUREMENT_SERVICE, PortSetting.PROCUREMENT_MANAGEMENT,
            "procurement", "procurement_service"),
    NOTIFICATION("notification-service", PortSetting.NOTIFICATION_SERVICE, PortSetting.NOTIFICATION_MANAGEMENT,
            "notifications", "notification_service"),
    GATEWAY("gateway", PortSetting.GATEWAY, PortSetting.GATEWAY_MANAGEMENT, null, null);

    /** The password of every service role in the local PostgreSQL: a local demo credential, never used elsewhere. */
    public static final String LOCAL_DEMO_DB_PASSWORD = "local-demo";

    private final String module;
    private final PortSetting port;
    private final PortSetting managementPort;
    private final String database;
    private final String role;

    ServiceModule(String module, PortSetting port, PortSetting managementPort, String database, String role) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.database = database;
        this.role = role;
    }

    /** The four services that own data; the gateway starts after them. */
    public static List<ServiceModule> domainServices() {
        return List.of(CASE, WORKER, PROCUREMENT, NOTIFICATION);
    }

    public String module() {
        return module;
    }

    public PortSetting port() {
        return port;
    }

    /** The port of the application's management interface: its health and metrics, never routed by the gateway. */
    public PortSetting managementPort() {
        return managementPort;
    }

    /** Where the application's health and metrics answer, e.g. {@code http://127.0.0.1:9081/q/health/ready}. */
    public String managementUrl(SuiteSettings settings, String path) {
        return settings.url(managementPort) + path;
    }

    /** The application that {@code module} names, if any. */
    public static Optional<ServiceModule> ofModule(String module) {
        for (ServiceModule service : values()) {
            if (service.module.equals(module)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The role the service runs as: it reads and writes rows, nothing else. */
    public Optional<String> role() {
        return Optional.ofNullable(role);
    }

    /** The role that migrates the service's database and owns it and its tables. */
    public Optional<String> ownerRole() {
        return role().map(name -> name + "_owner");
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The JVM's settings, the same as deploy/k8s's {@code JAVA_OPTS_APPEND} (issue 16, item 2): the heap the services
     * were sized for, starting at 32 MB and grown as needed (a heap committed whole at the start was 60 MB of resident
     * memory that an idle service never used); the serial collector, which the JVM picks by itself in a container of
     * less than two CPUs or 1792 MB and which keeps the resident memory lowest; and the package's AppCDS archive of the
     * classes a start loads (read only when this JDK made it, {@code -Xshare:auto}; it names the jars relative to the
     * package's folder, which is why the suite starts the services there); and the C heap given back to the system
     * every 5 s ({@code TrimNativeHeapInterval}, with {@link #environment}'s {@code MALLOC_ARENA_MAX}): glibc kept
     * 20-45 MB per service that the JIT and the threads had freed (benchmarks/README.md, startup).
     */
    public List<String> jvmOptions(Path repoRoot) {
        Path archive = jar(repoRoot).resolveSibling("app-cds.jsa");
        return List.of("-Xmx256m", "-Xms32m", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                "-XX:TrimNativeHeapInterval=5000");
    }

    public Map<String, String> environment(SuiteSettings settings) {
        Map<String, String> environment = new LinkedHashMap<>();
        // two malloc arenas instead of eight per core: fewer half-empty arenas for the trim to leave (jvmOptions)
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.put("QUARKUS_HTTP_HOST", SuiteSettings.HOST);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(settings.port(port)));
        environment.put("QUARKUS_MANAGEMENT_HOST", SuiteSettings.HOST);
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(settings.port(managementPort)));
        // production leaves the OpenAPI documents and Swagger UI off; the local run is where developers read them
        environment.put("YJS_OPENAPI_ENABLED", "true");
        if (database != null) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(database));
            environment.put("QUARKUS_DATASOURCE_USERNAME", role);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", LOCAL_DEMO_DB_PASSWORD);
            environment.put("QUARKUS_FLYWAY_USERNAME", ownerRole().orElseThrow());
            environment.put("QUARKUS_FLYWAY_PASSWORD", LOCAL_DEMO_DB_PASSWORD);
            environment.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
            // identity data is encrypted with keys generated once into the data folder (platform/identity)
            environment.put("YJS_IDENTITY_LOCAL_KEY_FILE", settings.identityKeyFile().toString());
        }
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", settings.realmUrl());
        if (this == CASE) {
            // a visit left past its due day is found missed within seconds (production: every 15 minutes), so that
            // the demo and the system tests see visit.missed and its alerts without waiting
            environment.put("YJS_VISITS_MISSED_CHECK_EVERY", "10s");
        }
        if (this == NOTIFICATION) {
            // e-mail to the launcher's SMTP server, plain (it has no certificate), and webhooks to its demo partner
            // system, the one internal address a webhook may name here
            environment.put("QUARKUS_MAILER_HOST", SuiteSettings.HOST);
            environment.put("QUARKUS_MAILER_PORT", String.valueOf(settings.port(PortSetting.SMTP)));
            environment.put("QUARKUS_MAILER_START_TLS", "DISABLED");
            environment.put("QUARKUS_MAILER_TLS", "false");
            environment.put("YJS_WEBHOOKS_ALLOWED_INTERNAL_HOSTS",
                    SuiteSettings.HOST + ":" + settings.port(PortSetting.WEBHOOK_RECEIVER));
        }
        if (this == GATEWAY) {
            environment.put("GATEWAY_ROUTES_CASE_URL", settings.url(CASE.port));
            environment.put("GATEWAY_ROUTES_WORKER_URL", settings.url(WORKER.port));
            environment.put("GATEWAY_ROUTES_PROCUREMENT_URL", settings.url(PROCUREMENT.port));
            environment.put("GATEWAY_ROUTES_NOTIFICATION_URL", settings.url(NOTIFICATION.port));
            environment.put("GATEWAY_ROUTES_CASE_MANAGEMENT_URL", settings.url(CASE.managementPort));
            environment.put("GATEWAY_ROUTES_WORKER_MANAGEMENT_URL", settings.url(WORKER.managementPort));
            environment.put("GATEWAY_ROUTES_PROCUREMENT_MANAGEMENT_URL", settings.url(PROCUREMENT.managementPort));
            environment.put("GATEWAY_ROUTES_NOTIFICATION_MANAGEMENT_URL", settings.url(NOTIFICATION.managementPort));
        }
        return environment;
    }
}
