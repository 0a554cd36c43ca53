package org.youthjustice.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole suite on one machine: PostgreSQL, Kafka, Keycloak, the four domain services, the gateway, then the demo
 * data. Each part is started only when the one before it is healthy. {@link #close()}, also run by a JVM shutdown
 * hook so that Ctrl-C works, ends every process the suite started and their descendants, and stops PostgreSQL.
 *
 * <pre>{@code
 * try (Suite suite = Suite.launch(SuiteSettings.withFreePorts(repoRoot, dataDir), System.out)) {
 *     String gateway = suite.settings().gatewayUrl();
 *     ...
 * }
 * }</pre>
 *
 * <p>Fault tests crash, hang and restart its parts through {@link #postgres()}, {@link #kafka()} and
 * {@link #service(ServiceModule)}, and make a service's database refuse it with
 * {@link #refuseDatabaseLogins(ServiceModule)}; {@link #close()} stops the restarted processes too.
 */
public final class Suite implements AutoCloseable {

    private static final Duration POSTGRES_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);
    /** The first start of the distribution runs Keycloak's build step (60-85 s here), on a loaded machine longer. */
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(8);
    /** Four services start side by side: on two loaded cores that took 70 s in CI. */
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(4);
    /** The applications' profile here: none of theirs sets {@code %local.} keys, so their unprofiled defaults apply. */
    static final String LOCAL_PROFILE = "local";

    private final SuiteSettings settings;
    private final PrintStream out;
    private final RunState state;
    private final LaunchedProcesses processes = new LaunchedProcesses();
    private final Thread shutdownHook = new Thread(this::close, "suite-shutdown");
    private final Object lock = new Object();
    private LocalPostgres postgres;
    private DemoMailServer mailServer;
    private DemoWebhookReceiver webhookReceiver;
    private boolean started;
    private volatile boolean closed;

    public Suite(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.state = new RunState(settings.dataDir());
    }

    /** Starts the whole suite; when a part fails, everything already started is stopped before the exception. */
    public static Suite launch(SuiteSettings settings, PrintStream out) {
        Suite suite = new Suite(settings, out);
        suite.start();
        return suite;
    }

    public SuiteSettings settings() {
        return settings;
    }

    /** PostgreSQL: its postmaster and backends; started again, it recovers from its write-ahead log. */
    public Part postgres() {
        return new Part("postgres", () -> {
            synchronized (lock) {
                return Optional.ofNullable(postgres).flatMap(LocalPostgres::postmaster);
            }
        }, this::restartPostgres);
    }

    /** The Kafka broker (its own process). */
    public Part kafka() {
        return processPart(KafkaBroker.PART, this::restartKafka);
    }

    /** A domain service or the gateway (each its own process). */
    public Part service(ServiceModule service) {
        return processPart(service.module(), () -> restartService(service));
    }

    /** What the demo partner system received since the start: the webhooks notification-service sent. */
    public List<WebhookDelivery> webhookDeliveries() {
        synchronized (lock) {
            return webhookReceiver == null ? List.of() : webhookReceiver.deliveries();
        }
    }

    /**
     * Makes the service's database refuse the service: its role may no longer log in and its sessions are ended, as
     * when a database is unreachable for the service only, until the refusal is closed.
     */
    public DatabaseRefusal refuseDatabaseLogins(ServiceModule service) {
        String role = service.role()
                .orElseThrow(() -> new IllegalArgumentException(service.module() + " has no database"));
        LocalPostgres running;
        synchronized (lock) {
            requireRunning("a database refusal");
            running = Optional.ofNullable(postgres)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL is not started"));
        }
        int endedSessions = running.refuseLogins(role);
        return new DatabaseRefusal(service, endedSessions, () -> running.allowLogins(role));
    }

    /**
     * Starts every part and loads the demo data.
     *
     * @throws SuiteStartException when something is missing, a port is taken or a part does not become healthy;
     *                             nothing the suite started is left running then
     */
    public void start() {
        synchronized (lock) {
            if (started || closed) {
                throw new IllegalStateException("a suite starts once");
            }
            started = true;
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            requireBuilt();
            PortCheck.requireAllFree(settings);
            Files.createDirectories(settings.logDir());
            startMailAndWebhookReceiver();
            startPostgres();
            startKafka();
            startKeycloak();
            startServices();
            // the subscriptions first: the alerts the demo data causes (its visits already past due) reach them
            loadDemoNotifications();
            loadDemoData();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The SMTP server and the demo partner system run in this JVM, started first so that notification-service finds
     * them from its first alert on.
     */
    private void startMailAndWebhookReceiver() {
        step(DemoMailServer.PART, () -> {
            synchronized (lock) {
                requireRunning(DemoMailServer.PART);
                mailServer = DemoMailServer.start(settings);
            }
        });
        step(DemoWebhookReceiver.PART, () -> {
            synchronized (lock) {
                requireRunning(DemoWebhookReceiver.PART);
                webhookReceiver = DemoWebhookReceiver.start(settings);
            }
        });
    }

    private void startPostgres() {
        step("postgres", () -> {
            PortCheck.requireFree(PortSetting.POSTGRES, settings.port(PortSetting.POSTGRES));
            truncate(settings.logFile("postgres"));
            synchronized (lock) {
                requireRunning("postgres");
                // created under the lock: close() either waits for it or finds it already set
                postgres = LocalPostgres.start(settings);
            }
            LocalPostgres.postmasterPid(settings).stream()
                    .mapToObj(ProcessHandle::of)
                    .flatMap(Optional::stream)
                    .forEach(handle -> state.recordPart("postgres", handle, settings.port(PortSetting.POSTGRES)));
        });
    }

    private void startKafka() {
        step(KafkaBroker.PART, () -> {
            PortCheck.requireFree(PortSetting.KAFKA, settings.port(PortSetting.KAFKA));
            PortCheck.requireFree(PortSetting.KAFKA_CONTROLLER, settings.port(PortSetting.KAFKA_CONTROLLER));
            truncate(settings.logFile(KafkaBroker.PART));
            Process broker = KafkaBroker.start(settings, processes);
            state.recordPart(KafkaBroker.PART, broker.toHandle(), settings.port(PortSetting.KAFKA));
            KafkaBroker.awaitReady(settings, broker, KAFKA_TIMEOUT, () -> closed);
            KafkaBroker.createTopics(settings);
        });
    }

    private void startKeycloak() {
        step(KeycloakServer.PART, () -> {
            PortCheck.requireFree(PortSetting.KEYCLOAK, settings.port(PortSetting.KEYCLOAK));
            Process keycloak = KeycloakServer.start(settings, processes);
            state.recordPart(KeycloakServer.PART, keycloak.toHandle(), settings.port(PortSetting.KEYCLOAK));
            Readiness.await(KeycloakServer.PART, keycloak, settings.logFile(KeycloakServer.PART), KEYCLOAK_TIMEOUT,
                    () -> closed, () -> Readiness.answersOk(KeycloakServer.readinessUrl(settings)));
        });
    }

    /** The domain services start side by side (they do not call each other at start); the gateway after them. */
    private void startServices() {
        Map<ServiceModule, Process> domain = new LinkedHashMap<>();
        for (ServiceModule service : ServiceModule.domainServices()) {
            domain.put(service, launchService(service));
        }
        long launchedAt = System.nanoTime();
        domain.forEach((service, process) -> step(service.module(), launchedAt, () -> awaitService(service, process)));
        step(ServiceModule.GATEWAY.module(), () -> awaitService(ServiceModule.GATEWAY, launchService(ServiceModule.GATEWAY)));
    }

    private void loadDemoData() {
        requireRunning("demo data");
        out.print("[demo data] loading… ");
        out.flush();
        long since = System.nanoTime();
        int created;
        try {
            created = DemoData.forSuite(settings).load();
        } catch (RuntimeException e) {
            out.println("failed");
            throw e;
        }
        out.printf(Locale.ROOT, "%d created, %d already there, done in %.1f s%n", created,
                DemoData.RECORDS.size() - created, (System.nanoTime() - since) / 1e9);
    }

    private void loadDemoNotifications() {
        requireRunning("demo notifications");
        DemoWebhookReceiver receiver;
        synchronized (lock) {
            receiver = webhookReceiver;
        }
        String done = new DemoNotifications(DemoData.forSuite(settings), settings.webhookReceiverUrl(), receiver).load();
        out.println("[demo notifications] " + done);
    }

    private Process launchService(ServiceModule service) {
        return launchService(service, Redirect.to(settings.logFile(service.module()).toFile()));
    }

    private Process launchService(ServiceModule service, Redirect log) {
        PortCheck.requireFree(service.port(), settings.port(service.port()));
        PortCheck.requireFree(service.managementPort(), settings.port(service.managementPort()));
        // java -jar would run the prod profile, which is Kubernetes': it requires SASL_SSL to Kafka, mounted identity
        // keys and every secret, and refuses to start without them (deploy/k8s/SECRETS.md). The local run has its own.
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.current().toString());
        command.addAll(service.jvmOptions(settings.repoRoot()));
        command.addAll(List.of("-Dquarkus.profile=" + LOCAL_PROFILE, "-jar", service.jar(settings.repoRoot()).toString()));
        // in its package's folder: the AppCDS archive names its jars relative to it (ServiceModule.jvmOptions)
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(service.jar(settings.repoRoot()).getParent().toFile());
        builder.environment().putAll(service.environment(settings));
        builder.redirectErrorStream(true).redirectOutput(log);
        Process process = processes.start(service.module(), builder);
        state.recordPart(service.module(), process.toHandle(), settings.port(service.port()));
        return process;
    }

    private Part processPart(String part, Runnable restart) {
        return new Part(part, () -> processes.process(part).filter(Process::isAlive).map(Process::toHandle), restart);
    }

    /** The same command, settings and ports as at the start; the log goes on after the crash's last lines. */
    private void restartService(ServiceModule service) {
        step(service.module(), "starting again", System.nanoTime(), () -> awaitService(service,
                launchService(service, Redirect.appendTo(settings.logFile(service.module()).toFile()))));
    }

    /** The log directory is formatted already, so the broker only starts and recovers its logs. */
    private void restartKafka() {
        step(KafkaBroker.PART, "starting again", System.nanoTime(), () -> {
            Process broker = KafkaBroker.start(settings, processes);
            state.recordPart(KafkaBroker.PART, broker.toHandle(), settings.port(PortSetting.KAFKA));
            KafkaBroker.awaitReady(settings, broker, KAFKA_TIMEOUT, () -> closed);
        });
    }

    private void restartPostgres() {
        step("postgres", "starting again", System.nanoTime(), () -> {
            // under the lock, as at the start: close() waits for the restart rather than miss the new server
            synchronized (lock) {
                requireRunning("postgres");
                if (postgres == null) {
                    throw new IllegalStateException("PostgreSQL was never started");
                }
                postgres.restartAfterCrash();
                postgres.postmaster().ifPresent(
                        handle -> state.recordPart("postgres", handle, settings.port(PortSetting.POSTGRES)));
            }
        });
    }

    private void awaitService(ServiceModule service, Process process) {
        String health = service.managementUrl(settings, "/q/health/ready");
        Readiness.await(service.module(), process, settings.logFile(service.module()), SERVICE_TIMEOUT,
                () -> closed, () -> Readiness.answersOk(health));
    }

    /** What {@code deploy/local/run} builds when it is missing; a clear message beats a failed process start. */
    private void requireBuilt() {
        List<Path> required = new ArrayList<>();
        for (ServiceModule service : ServiceModule.values()) {
            required.add(service.jar(settings.repoRoot()));
        }
        required.add(settings.launcherLibDir());
        required.add(KeycloakServer.distribution(settings).resolve("bin/kc.sh"));
        required.add(KeycloakServer.realmFile(settings));
        List<String> missing = required.stream().filter(path -> !Files.exists(path))
                .map(path -> settings.repoRoot().relativize(path).toString()).toList();
        if (!missing.isEmpty()) {
            throw new SuiteStartException("not built yet: " + String.join(", ", missing)
                    + "; build with ./mvnw -B install -DskipTests (deploy/local/run does it for you)");
        }
    }

    private void requireRunning(String part) {
        if (closed) {
            throw new SuiteStartException("the suite is stopping: " + part + " is not started");
        }
    }

    private void step(String part, Runnable action) {
        step(part, System.nanoTime(), action);
    }

    private void step(String part, long since, Runnable action) {
        step(part, "starting", since, action);
    }

    /** Prints {@code [part] starting… ready in 2.1 s}, timed from {@code since}. */
    private void step(String part, String doing, long since, Runnable action) {
        requireRunning(part);
        out.print("[" + part + "] " + doing + "… ");
        out.flush();
        try {
            action.run();
        } catch (RuntimeException e) {
            out.println("failed");
            throw e;
        }
        out.printf(Locale.ROOT, "ready in %.1f s%n", (System.nanoTime() - since) / 1e9);
    }

    private static void truncate(Path log) {
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not reset " + log, e);
        }
    }

    /** Stops everything the suite started, gateway first and PostgreSQL last. Safe to call more than once. */
    @Override
    public void close() {
        LocalPostgres startedPostgres;
        DemoMailServer startedMailServer;
        DemoWebhookReceiver startedReceiver;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            startedPostgres = postgres;
            postgres = null;
            startedMailServer = mailServer;
            startedReceiver = webhookReceiver;
        }
        boolean anythingStarted = startedPostgres != null || startedMailServer != null || processes.anyStarted();
        if (anythingStarted) {
            out.println("[suite] stopping…");
        }
        try {
            processes.stopAll();
            if (startedPostgres != null) {
                startedPostgres.close();
            }
        } finally {
            // after the services: a mail sent while notification-service stopped is still written to the mail folder
            if (startedReceiver != null) {
                startedReceiver.close();
            }
            if (startedMailServer != null) {
                startedMailServer.close();
            }
            state.clearParts();
            removeShutdownHook();
        }
        if (anythingStarted) {
            out.println("[suite] stopped");
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (or ran) and finds the suite closed
        }
    }
}
