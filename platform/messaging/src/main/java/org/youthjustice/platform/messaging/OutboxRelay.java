package org.youthjustice.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes outbox rows to Kafka and marks them sent (ADR 0002).
 *
 * <p>Per key, events go out strictly in outbox order: a pass sends in waves, one event per key per wave, and
 * waits for the acknowledgements before the next wave. When an event fails, it and every later event of its key
 * stay pending for a later pass, so a broker outage delays events and never loses or reorders them. Replicas of a
 * service take a transaction-scoped advisory lock, so one relays at a time.
 */
@ApplicationScoped
public class OutboxRelay {

    // quarkus-scheduler checks its triggers once a second, so a shorter interval would only log a warning;
    // events are relayed right after their commit anyway, and the poll is the safety net
    static final String DEFAULT_POLL_INTERVAL = "1s";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * A woken pass that finds the lock held (by the poll, or by another replica whose pass may have selected its
     * rows before this commit) tries again after this pause, up to about a poll interval of tries, rather than
     * leaving its events to the next poll.
     */
    private static final Duration LOCK_RETRY = Duration.ofMillis(20);
    private static final int LOCK_RETRIES = 50;
    /** A database outage fails a pass a second: one warning at its start, then one every half minute. */
    private static final int LOG_EVERY_FAILED_PASSES = 30;
    private static final TypeReference<Map<String, String>> HEADER_MAP = new TypeReference<>() {
    };

    private static final String SELECT_PENDING = """
            select id, event_id, topic, message_key, type, payload::text, headers::text
              from outbox_event
             where sent_at is null
             order by id
             limit ?
               for update skip locked
            """;
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where id = any(?)";
    private static final String MARK_FAILED = """
            update outbox_event set attempts = attempts + 1, last_error = ? where id = ?
            """;
    private static final String PURGE = "delete from outbox_event where sent_at < ?";

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final RelayProducerFactory producerFactory;
    private final long lockKey;
    private final ScheduledExecutorService afterCommit = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "outbox-relay-after-commit");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean passRequested = new AtomicBoolean();
    /** Tries in a row of woken passes that found the lock held; only the after-commit thread touches it. */
    private int lockRetries;
    /** Scheduled passes that failed in a row; only the scheduler's one thread touches it. */
    private int failedPasses;
    private Producer<String, String> producer;

    OutboxRelay(DataSource dataSource, OutboxConfig config, RelayProducerFactory producerFactory) {
        this.dataSource = dataSource;
        this.config = config;
        this.producerFactory = producerFactory;
        this.lockKey = lockKey(config.source());
    }

    /**
     * The advisory lock of the outbox of a source: replicas of one service share it, while services that share
     * a database but not a schema do not wait for each other.
     */
    static long lockKey(String source) {
        return ("yjs.outbox:" + source).hashCode();
    }

    @Scheduled(identity = "yjs-outbox-relay", every = "${yjs.outbox.poll-interval:" + DEFAULT_POLL_INTERVAL + "}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayOnSchedule() {
        if (!config.enabled()) {
            return;
        }
        try {
            relayPending();
            if (failedPasses > 0) {
                LOG.infof("outbox relay resumed after %d failed passes", failedPasses);
                failedPasses = 0;
            }
        } catch (RuntimeException e) {
            // the database is down or restarting: the events stay pending in the table, in order, for the next pass
            if (failedPasses++ % LOG_EVERY_FAILED_PASSES == 0) {
                LOG.warnf("outbox relay pass failed (%d in a row), events stay pending: %s", failedPasses,
                        FailureKind.describe(e));
            }
        }
    }

    @Scheduled(identity = "yjs-outbox-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        if (config.enabled()) {
            purgeSentBefore(Instant.now().minus(config.retention()));
        }
    }

    /**
     * Runs one relay pass: publishes up to {@code batch-size} pending events and marks the acknowledged ones sent.
     * Safe to call from several threads or replicas at once; all but one return 0 at once.
     *
     * @return how many events were published
     */
    public int relayPending() {
        // the transaction holds the advisory lock and the row locks while the relay waits for Kafka
        return pass().sent();
    }

    private Pass pass() {
        int timeoutSeconds = (int) Math.max(30, config.deliveryTimeout().multipliedBy(3).toSeconds() + 30);
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(this::relayBatch);
    }

    /**
     * Runs a pass soon on the relay's background thread, after a commit that wrote events. Requests that arrive
     * while one waits to start are merged into it, and one that arrives during a pass starts another right after
     * it, so that no committed event waits for the poll: a pass that found the lock held tries again shortly, and
     * one that filled its batch is followed by another at once.
     */
    void requestPass() {
        requestPass(Duration.ZERO);
    }

    private void requestPass(Duration delay) {
        if (config.enabled() && passRequested.compareAndSet(false, true)) {
            try {
                afterCommit.schedule(this::passAfterCommit, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // shutting down: the events stay in the table for the next start
                passRequested.set(false);
            }
        }
    }

    private void passAfterCommit() {
        passRequested.set(false);
        Pass pass;
        try {
            pass = pass();
        } catch (RuntimeException e) {
            LOG.warnf("relay pass after commit failed, the scheduled pass will retry: %s", e.toString());
            return;
        }
        if (!pass.locked()) {
            if (lockRetries++ < LOCK_RETRIES) {
                requestPass(LOCK_RETRY);
            } else {
                lockRetries = 0;
            }
            return;
        }
        lockRetries = 0;
        if (pass.sent() == config.batchSize()) {
            requestPass();
        }
    }

    /**
     * Deletes events sent before the cutoff; pending events are never deleted.
     *
     * @return how many rows were deleted
     */
    public int purgeSentBefore(Instant cutoff) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (var connection = dataSource.getConnection(); var purge = connection.prepareStatement(PURGE)) {
                purge.setTimestamp(1, Timestamp.from(cutoff));
                int purged = purge.executeUpdate();
                if (purged > 0) {
                    LOG.debugf("purged %d sent outbox events", purged);
                }
                return purged;
            }
        });
    }

    /** What a pass did: whether it got the relay's lock, and how many events it published. */
    private record Pass(boolean locked, int sent) {
    }

    private Pass relayBatch() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                return new Pass(false, 0);
            }
            var byKey = pendingByKey(connection);
            var sent = new ArrayList<Long>();
            var deadline = System.nanoTime() + config.deliveryTimeout().toNanos();
            while (!byKey.isEmpty() && System.nanoTime() < deadline) {
                sendWave(connection, byKey, sent, deadline);
            }
            markSent(connection, sent);
            return new Pass(true, sent.size());
        }
    }

    /** Sends the first pending event of each key, then waits for all their acknowledgements. */
    private void sendWave(Connection connection, Map<String, Deque<PendingEvent>> byKey, List<Long> sent,
            long deadline) throws SQLException {
        var inFlight = new LinkedHashMap<PendingEvent, Future<RecordMetadata>>();
        for (var queue : byKey.values()) {
            if (System.nanoTime() >= deadline) {
                // a broker that is down makes every send wait for metadata: leave the rest for a later pass
                break;
            }
            var event = queue.peekFirst();
            inFlight.put(event, send(event));
        }
        var ackTimeout = config.deliveryTimeout().plusSeconds(5);
        for (var entry : inFlight.entrySet()) {
            var event = entry.getKey();
            try {
                entry.getValue().get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                sent.add(event.id());
                var queue = byKey.get(event.key());
                queue.removeFirst();
                if (queue.isEmpty()) {
                    byKey.remove(event.key());
                }
            } catch (ExecutionException | TimeoutException e) {
                var cause = e instanceof ExecutionException ? e.getCause() : e;
                markFailed(connection, event, cause);
                // the later events of this key must wait for this one
                byKey.remove(event.key());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                byKey.clear();
                return;
            }
        }
    }

    private Future<RecordMetadata> send(PendingEvent event) {
        var record = new ProducerRecord<String, String>(event.topic(), event.key(), event.payload());
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer().send(record);
        } catch (KafkaException | IllegalStateException e) {
            // send only throws when the producer itself is unusable: start afresh on the next send
            resetProducer();
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, lockKey);
            try (var result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private Map<String, Deque<PendingEvent>> pendingByKey(Connection connection) throws SQLException {
        var byKey = new LinkedHashMap<String, Deque<PendingEvent>>();
        try (var select = connection.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, config.batchSize());
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    var event = new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), headers(rows.getString(7)));
                    byKey.computeIfAbsent(event.key(), key -> new ArrayDeque<>()).addLast(event);
                }
            }
        }
        return byKey;
    }

    private static Map<String, String> headers(String json) {
        try {
            return EventJson.MAPPER.readValue(json, HEADER_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox headers are not a JSON object of strings", e);
        }
    }

    private static void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (var update = connection.prepareStatement(MARK_SENT)) {
            update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, PendingEvent event, Throwable cause) throws SQLException {
        var error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        LOG.warnf("event %s (%s) to topic %s not published, will retry: %s", event.eventId(), event.type(),
                event.topic(), error);
        try (var update = connection.prepareStatement(MARK_FAILED)) {
            update.setString(1, error);
            update.setLong(2, event.id());
            update.executeUpdate();
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = producerFactory.create();
        }
        return producer;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        afterCommit.shutdownNow();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
