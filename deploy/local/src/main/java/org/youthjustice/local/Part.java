package org.youthjustice.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One part of a running suite (PostgreSQL, Kafka, a service, the gateway) as a fault test handles it: its processes,
 * a crash ({@code kill -9}), a hang ({@code SIGSTOP}) and its end ({@code SIGCONT}), and a start again with the same
 * settings, data and ports. Signals go to the whole process tree: PostgreSQL's backends are children of its
 * postmaster, and a backend that outlived its postmaster would keep the shared memory that a new server refuses to
 * share. {@code SIGSTOP} and {@code SIGCONT} are sent with {@code kill}, as on Linux and macOS.
 *
 * <pre>{@code
 * Part worker = suite.service(ServiceModule.WORKER);
 * worker.kill();      // returns once every process of it has ended
 * worker.restart();   // returns once /q/health/ready answers 200 on its management port
 * }</pre>
 */
public final class Part {

    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    private final String name;
    private final Supplier<Optional<ProcessHandle>> main;
    private final Runnable start;

    /**
     * @param main  the part's main process while it runs (the others are its descendants)
     * @param start starts the part again and returns once it is healthy
     */
    Part(String name, Supplier<Optional<ProcessHandle>> main, Runnable start) {
        this.name = name;
        this.main = main;
        this.start = start;
    }

    public String name() {
        return name;
    }

    public boolean isRunning() {
        return main.get().isPresent();
    }

    /** The pids of the part's processes, its main process first; empty when it is down. */
    public List<Long> pids() {
        return main.get().map(Part::tree).orElse(List.of()).stream().map(ProcessHandle::pid).toList();
    }

    /**
     * {@code kill -9} of every process of the part, as a crash would end them: nothing is flushed or closed. Returns
     * once all have ended.
     */
    public void kill() {
        ProcessHandle process = running();
        // stopped first, so that it cannot start another process (a backend) between the listing and the kill
        signal("STOP", List.of(process));
        List<ProcessHandle> tree = tree(process);
        tree.forEach(ProcessHandle::destroyForcibly);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException(name + " did not end within " + EXIT_WAIT.toSeconds() + " s of kill -9", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name + " ended", e);
        }
    }

    /**
     * Asks every process of the part to terminate ({@code SIGTERM}), as {@code deploy/local/run stop} does, and returns
     * once all have ended; what is still there after the grace period is killed.
     */
    public void stop() {
        LaunchedProcesses.stopTree(running(), EXIT_WAIT);
    }

    /** {@code SIGSTOP} of every process of the part: it hangs, its connections stay open and unanswered. */
    public void pause() {
        ProcessHandle process = running();
        signal("STOP", List.of(process));
        signal("STOP", process.descendants().toList());
    }

    /** {@code SIGCONT} of every process of the part, after {@link #pause()}. */
    public void resume() {
        signal("CONT", tree(running()));
    }

    /**
     * Starts the part again after {@link #kill()}, with the same settings, data and ports, and returns once it is
     * healthy (as at the suite's start).
     *
     * @throws IllegalStateException when the part still runs
     */
    public void restart() {
        main.get().ifPresent(process -> {
            throw new IllegalStateException(name + " still runs (pid " + process.pid() + "): kill it first");
        });
        start.run();
    }

    private ProcessHandle running() {
        return main.get().orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    /** The main process and its descendants, listed before anything is signalled: an orphan is not found again. */
    private static List<ProcessHandle> tree(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants()).toList();
    }

    private void signal(String signal, List<ProcessHandle> processes) {
        if (processes.isEmpty()) {
            return;
        }
        List<String> command = Stream.concat(Stream.of("kill", "-" + signal),
                processes.stream().map(process -> String.valueOf(process.pid()))).toList();
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("could not send SIG" + signal + " to " + name + ": " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + name, e);
        }
    }
}
