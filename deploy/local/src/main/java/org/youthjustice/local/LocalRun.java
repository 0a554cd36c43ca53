package org.youthjustice.local;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.lang.ProcessBuilder.Redirect;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code deploy/local/run}: {@code run} starts the suite in the foreground (Ctrl-C stops it), {@code run --detach}
 * returns once it is ready and leaves it running, {@code stop} ends it, {@code status} shows each part.
 * The repository root comes from the system property {@code yjs.repo.root} (set by the script).
 */
public final class LocalRun {

    static final String ROOT_PROPERTY = "yjs.repo.root";
    /** Given by {@code run --detach} to the launcher it leaves running; only the closing hint differs. */
    private static final String IN_BACKGROUND = "--in-background";
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final String USAGE = """
            usage: deploy/local/run [run [--detach] | stop | status]
              run            start everything in the foreground; Ctrl-C stops it
              run --detach   start everything in the background and return once it is ready
              stop           stop a suite started with --detach (or from another terminal); the data stays
              status         show each process with its own state, port and pid, then the gateway's readiness
            ports: YJS_GATEWAY_PORT YJS_CASE_PORT YJS_WORKER_PORT YJS_PROCUREMENT_PORT YJS_NOTIFICATION_PORT
                   YJS_KEYCLOAK_PORT YJS_KAFKA_PORT YJS_KAFKA_CONTROLLER_PORT YJS_POSTGRES_PORT
                   YJS_SMTP_PORT YJS_WEBHOOK_RECEIVER_PORT
            data:  YJS_DATA_DIR (default .local at the repository root)""";

    private final SuiteSettings settings;
    private final RunState state;
    private final PrintStream out;

    LocalRun(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.state = new RunState(settings.dataDir());
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        List<String> arguments = List.of(args);
        String command = arguments.isEmpty() ? "run" : arguments.get(0);
        int status;
        try {
            LocalRun run = new LocalRun(SuiteSettings.fromEnvironment(repoRoot()), out);
            status = switch (command) {
                case "run" -> arguments.contains("--detach") ? run.detach()
                        : run.foreground(arguments.contains(IN_BACKGROUND));
                case "stop" -> run.stop();
                case "status" -> run.status();
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    System.err.println("unknown command: " + command + "\n" + USAGE);
                    yield 2;
                }
            };
        } catch (SuiteStartException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    private static Path repoRoot() {
        return Path.of(System.getProperty(ROOT_PROPERTY, ".")).toAbsolutePath().normalize();
    }

    /** Starts everything, prints the summary, then waits until the JVM is asked to stop. */
    int foreground(boolean inBackground) {
        Optional<ProcessHandle> running = state.launcher();
        if (running.isPresent()) {
            throw new SuiteStartException("the suite is already running (launcher pid " + running.get().pid()
                    + "): deploy/local/run stop");
        }
        state.writeLauncher(ProcessHandle.current());
        Suite suite = new Suite(settings, out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            suite.close();
            state.clearLauncher();
        }, "launcher-shutdown"));
        try {
            suite.start();
        } catch (RuntimeException e) {
            state.clearLauncher();
            throw e;
        }
        out.println(Summary.render(settings));
        out.println(inBackground ? "Stop with: deploy/local/run stop"
                : "Stop with Ctrl-C (or deploy/local/run stop from another terminal).");
        state.markReady();
        awaitShutdown();
        return 0;
    }

    /**
     * Starts a launcher in its own session (so the terminal's Ctrl-C and hang-up do not reach it), follows its
     * output until it is ready or has failed, and returns.
     */
    int detach() {
        Optional<ProcessHandle> running = state.launcher();
        if (running.isPresent()) {
            throw new SuiteStartException("the suite is already running (launcher pid " + running.get().pid()
                    + "): deploy/local/run stop");
        }
        Path log = settings.logFile("launcher");
        Process launcher;
        try {
            Files.createDirectories(settings.logDir());
            Files.deleteIfExists(state.readyMarker());
            launcher = new ProcessBuilder(launcherCommand())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(log.toFile()))
                    .redirectInput(Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            throw new SuiteStartException("could not start the launcher: " + e.getMessage(), e);
        }
        // Ctrl-C while waiting stops what was started so far
        Thread abandon = new Thread(() -> stopLauncher(launcher.toHandle()), "detach-abandon");
        Runtime.getRuntime().addShutdownHook(abandon);
        try (RandomAccessFile follow = new RandomAccessFile(log.toFile(), "r")) {
            while (true) {
                copyNew(follow);
                if (state.isReady() && launcher.isAlive()) {
                    copyNew(follow);
                    Runtime.getRuntime().removeShutdownHook(abandon);
                    out.println("Running in the background (launcher pid " + launcher.pid() + ", log " + log + ").");
                    return 0;
                }
                if (!launcher.isAlive()) {
                    copyNew(follow);
                    Runtime.getRuntime().removeShutdownHook(abandon);
                    System.err.println("error: the suite did not start (exit code " + launcher.exitValue()
                            + "); see " + log);
                    return 1;
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        } catch (IOException e) {
            throw new SuiteStartException("could not follow " + log + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Ends the launcher, which stops every part from its shutdown hook; parts it left behind are stopped here. */
    int stop() {
        Optional<ProcessHandle> launcher = state.launcher();
        if (launcher.isPresent()) {
            out.println("stopping the suite (launcher pid " + launcher.get().pid() + ")…");
            stopLauncher(launcher.get());
        }
        boolean leftovers = stopLeftoverParts();
        state.clearLauncher();
        if (launcher.isEmpty() && !leftovers) {
            out.println("the suite is not running");
        } else {
            out.println("stopped; the data stays in " + settings.dataDir());
        }
        return 0;
    }

    int status() {
        Optional<ProcessHandle> launcher = state.launcher();
        String launcherLine = launcher.map(handle -> "launcher: running (pid " + handle.pid() + ")"
                + (state.isReady() ? "" : ", still starting")).orElse("launcher: not running");
        List<StatusReport.Part> parts = new ArrayList<>();
        for (String part : parts()) {
            Optional<RunState.PartRecord> record = state.part(part);
            Optional<ProcessHandle> process = record.flatMap(RunState.PartRecord::process);
            int port = record.map(RunState.PartRecord::port).orElse(defaultPort(part));
            parts.add(new StatusReport.Part(part, stateOf(part, port, process.isPresent()), port,
                    process.map(ProcessHandle::pid)));
        }
        String gatewayReadiness = StatusReport.gatewayReadiness(
                Readiness.get(ServiceModule.GATEWAY.managementUrl(settings, "/q/health/ready")));
        out.print(StatusReport.render(launcherLine, parts, gatewayReadiness));
        return 0;
    }

    /**
     * Each part by its own checks: PostgreSQL and Kafka by their port, Keycloak by its realm, a service by its
     * liveness and readiness, and the gateway by its liveness only, since its readiness is that of every service.
     */
    private StatusReport.State stateOf(String part, int port, boolean ours) {
        boolean listening = PortCheck.isListening(port);
        if (!ours) {
            return StatusReport.state(false, listening, false, false);
        }
        if (part.equals("postgres") || part.equals(KafkaBroker.PART)) {
            return StatusReport.state(true, listening, listening, listening);
        }
        if (part.equals(KeycloakServer.PART)) {
            return StatusReport.state(true, listening, listening,
                    Readiness.answersOk(KeycloakServer.readinessUrl(settings)));
        }
        // health answers on the application's management interface, not on its API port (issue 11, item 7)
        ServiceModule service = ServiceModule.ofModule(part).orElseThrow();
        boolean live = Readiness.answersOk(service.managementUrl(settings, "/q/health/live"));
        boolean ready = service == ServiceModule.GATEWAY ? live
                : Readiness.answersOk(service.managementUrl(settings, "/q/health/ready"));
        return StatusReport.state(true, listening, live, ready);
    }

    private static List<String> parts() {
        List<String> parts = new ArrayList<>(List.of("postgres", KafkaBroker.PART, KeycloakServer.PART));
        for (ServiceModule service : ServiceModule.values()) {
            parts.add(service.module());
        }
        return parts;
    }

    private int defaultPort(String part) {
        for (PortSetting setting : PortSetting.values()) {
            if (setting.part().equals(part)) {
                return settings.port(setting);
            }
        }
        throw new IllegalArgumentException("unknown part " + part);
    }

    /** Parts recorded by a launcher that is gone (killed, or stopped before it could clean up). */
    private boolean stopLeftoverParts() {
        boolean found = false;
        List<String> reversed = new ArrayList<>(parts());
        Collections.reverse(reversed);
        for (String part : reversed) {
            Optional<ProcessHandle> process = state.part(part).flatMap(RunState.PartRecord::process);
            if (process.isPresent()) {
                out.println("stopping " + part + " (pid " + process.get().pid() + ") left by an earlier launcher");
                LaunchedProcesses.stopTree(process.get(), Duration.ofSeconds(30));
                found = true;
            }
        }
        state.clearParts();
        return found;
    }

    /**
     * Only the launcher gets the signal, so that its shutdown hook stops the parts in order (gateway first,
     * PostgreSQL last); whatever is still there after the timeout is killed.
     */
    private static void stopLauncher(ProcessHandle launcher) {
        List<ProcessHandle> descendants = launcher.descendants().toList();
        launcher.destroy();
        try {
            launcher.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            launcher.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> launcherCommand() {
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.add(JavaRuntime.current().toString());
        command.add("-D" + ROOT_PROPERTY + "=" + settings.repoRoot());
        command.add("-cp");
        command.add(launcherClasspath());
        command.add(LocalRun.class.getName());
        command.add("run");
        command.add(IN_BACKGROUND);
        return command;
    }

    /** The launcher's own jar (or classes) and the copied runtime classpath, short enough to read in {@code ps}. */
    private String launcherClasspath() {
        try {
            Path self = Path.of(LocalRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self + ":" + settings.launcherLibDir() + "/*";
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the launcher's own location is not a path", e);
        }
    }

    private void copyNew(RandomAccessFile follow) throws IOException {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = follow.read(buffer)) > 0) {
            out.write(buffer, 0, read);
        }
        out.flush();
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
