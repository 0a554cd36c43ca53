package org.youthjustice.local;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The processes the suite started, one per part, so that it ends exactly those, with their descendants, and nothing
 * else. A part started again (after a fault test ended it) takes the place of its first process: the suite still
 * stops the parts in the reverse order of their first start.
 */
final class LaunchedProcesses {

    private static final Duration GRACE = Duration.ofSeconds(30);

    /** By part, in the order of their first start (a map keeps a key's place when its value is replaced). */
    private final Map<String, Process> started = new LinkedHashMap<>();
    private boolean stopped;

    /**
     * Starts and tracks the process; refuses once {@link #stopAll()} ran, so a late start cannot leak, and while the
     * part's earlier process still runs.
     */
    synchronized Process start(String part, ProcessBuilder builder) {
        if (stopped) {
            throw new SuiteStartException("the suite is stopping: " + part + " is not started");
        }
        Process earlier = started.get(part);
        if (earlier != null && earlier.isAlive()) {
            throw new IllegalStateException(part + " already runs (pid " + earlier.pid() + ")");
        }
        try {
            Process process = builder.start();
            started.put(part, process);
            return process;
        } catch (IOException e) {
            throw new SuiteStartException("could not start " + part + ": " + e.getMessage(), e);
        }
    }

    /** The part's latest process, whether it still runs or not. */
    synchronized Optional<Process> process(String part) {
        return Optional.ofNullable(started.get(part));
    }

    synchronized boolean anyStarted() {
        return !started.isEmpty();
    }

    /** Ends the processes in the reverse order of their start: a part stops before what it depends on. */
    synchronized void stopAll() {
        stopped = true;
        List<Process> processes = new ArrayList<>(started.values());
        for (int i = processes.size() - 1; i >= 0; i--) {
            stopTree(processes.get(i).toHandle(), GRACE);
        }
        started.clear();
    }

    /**
     * Asks the process and all its descendants to terminate, then kills what is still there after the grace period.
     * The descendants are listed first: once the parent is gone they are re-parented and no longer found through it
     * (Keycloak's {@code kc.sh} runs Java as a child).
     */
    static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for a process to end failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }
}
