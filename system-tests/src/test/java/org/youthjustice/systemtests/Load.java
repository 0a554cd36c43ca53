package org.youthjustice.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The traffic during a fault: clients side by side, each repeating a write (numbered from 0 across the clients), a
 * pace apart, until the load is stopped. A write in progress when the load stops is finished, with its own bounded
 * retries. Closing stops the clients without a report, for a test that failed half-way.
 *
 * @param <T> what one write reports
 */
final class Load<T> implements AutoCloseable {

    /** Longer than any write's patience, so that stopping waits for every write in progress. */
    private static final Duration STOP_BOUND = Duration.ofMinutes(3);

    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, T> done = new ConcurrentHashMap<>();
    private final List<Thread> clients = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private volatile boolean stopping;

    private Load(String name, int clients, Duration pace, IntFunction<T> write) {
        for (int client = 0; client < clients; client++) {
            Thread thread = new Thread(() -> {
                while (!stopping) {
                    int index = next.getAndIncrement();
                    done.put(index, write.apply(index));
                    Patience.sleep(pace);
                }
            }, name + "-" + client);
            // a test that failed half-way must not leave its traffic running into the next one, nor hold the JVM
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((failed, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            this.clients.add(thread);
        }
    }

    static <T> Load<T> start(String name, int clients, Duration pace, IntFunction<T> write) {
        Load<T> load = new Load<>(name, clients, pace, write);
        load.clients.forEach(Thread::start);
        return load;
    }

    /** How many writes have finished so far. */
    int finished() {
        return done.size();
    }

    /** Runs on for the given time. */
    Load<T> during(Duration duration) {
        Patience.sleep(duration);
        return this;
    }

    /**
     * Stops the clients and waits for the writes in progress.
     *
     * @return every write's report, in the order the writes began
     * @throws AssertionError when a client failed (an answer no real client expects)
     */
    List<T> stop() {
        close();
        synchronized (failures) {
            if (!failures.isEmpty()) {
                AssertionError error = new AssertionError("a client of the load failed", failures.get(0));
                failures.stream().skip(1).forEach(error::addSuppressed);
                throw error;
            }
        }
        return done.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** Stops the clients and waits for the writes in progress. */
    @Override
    public void close() {
        stopping = true;
        long deadline = System.nanoTime() + STOP_BOUND.toNanos();
        for (Thread client : clients) {
            try {
                client.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (client.isAlive()) {
                throw new AssertionError(client.getName() + " did not finish its write within " + STOP_BOUND);
            }
        }
    }
}
