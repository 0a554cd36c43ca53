package org.youthjustice.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import org.youthjustice.platform.correlation.CorrelationId;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Runs an event handler at most once per (consumer, event id), in one transaction with the record of the event
 * id, so that a redelivered event changes nothing.
 *
 * <p>A failing handler is rolled back. When the infrastructure failed (the database is down, say), it is run again
 * for as long as it takes, the partition waiting meanwhile; when the record did (a handler's rule, invalid data), up
 * to {@code yjs.inbox.max-attempts} times; then {@link #process} throws, and {@link #processBatch} (or, for a
 * consumer of single records, the failure strategy {@link InboxFailureStrategy}) moves the record to the dead-letter
 * topic with the exception message as its {@code dead-letter-reason}. A record that is not an event envelope, or
 * whose data the handler cannot map ({@link EventEnvelope#data(Class)}), goes there at once. {@link DeadLetterReplay}
 * hands dead letters back. A poll's records go through {@link #processBatch}, several per transaction (ADR 0013).
 *
 * <pre>{@code
 * @Incoming("cases")
 * @Blocking
 * void onCaseEvents(ConsumerRecords<String, String> records) {
 *     inbox.processBatch(this, records);    // this: an EventConsumer whose consume(record) calls process
 * }
 * }</pre>
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private static final String CLAIM = """
            insert into processed_event (consumer, event_id) values (?, ?)
            on conflict (consumer, event_id) do nothing
            """;

    /** Set while a batch's records are handled in the batch's one transaction, on the thread that handles them. */
    private static final ThreadLocal<Boolean> IN_BATCH = ThreadLocal.withInitial(() -> false);

    private final DataSource dataSource;
    private final InboxConfig config;
    private final ConsumerWaits waits;
    private final DeadLetters deadLetters;
    private final EventTracing tracing;

    EventInbox(DataSource dataSource, InboxConfig config, ConsumerWaits waits, DeadLetters deadLetters,
            EventTracing tracing) {
        this.dataSource = dataSource;
        this.config = config;
        this.waits = waits;
        this.deadLetters = deadLetters;
        this.tracing = tracing;
    }

    /**
     * Hands the records of a poll (a channel consumed with {@code batch=true}, which Quarkus sets for a method that
     * takes {@code ConsumerRecords}) to the consumer's
     * {@link EventConsumer#consume}, up to {@code yjs.inbox.batch-size} records per transaction, in the order they
     * came (each partition's in offset order). Each event id is claimed as {@link #process} claims it, so a
     * redelivered event changes nothing.
     *
     * <p>When a batch's transaction fails, nothing of it stays, and its records are handled again one transaction
     * each, as {@link #process} handles a single record: a failure of the infrastructure is waited out (the partition
     * holds), and a record that fails by itself is retried {@code yjs.inbox.max-attempts} times and then moved to the
     * channel's dead-letter topic here, with its {@code dead-letter-reason}, while its batch-mates are handled.
     * SmallRye's failure strategy would dead-letter every record of a batch, so this method throws only when the
     * service stops ({@link ConsumerStoppedException}: the batch stays unacknowledged and is delivered again).
     *
     * <pre>{@code
     * @Incoming("cases")
     * @Blocking
     * void onCaseEvents(ConsumerRecords<String, String> records) {
     *     inbox.processBatch(this, records);
     * }
     * }</pre>
     */
    public void processBatch(EventConsumer consumer, ConsumerRecords<String, String> batch) {
        // partition after partition, each in offset order
        var records = new ArrayList<ConsumerRecord<String, String>>(batch.count());
        batch.forEach(records::add);
        for (int from = 0; from < records.size(); from += config.batchSize()) {
            var chunk = records.subList(from, Math.min(records.size(), from + config.batchSize()));
            if (chunk.size() == 1 || !inOneTransaction(consumer, chunk)) {
                oneByOne(consumer, chunk);
            }
        }
    }

    private boolean inOneTransaction(EventConsumer consumer, List<ConsumerRecord<String, String>> records) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                IN_BATCH.set(true);
                try {
                    records.forEach(consumer::consume);
                } finally {
                    IN_BATCH.set(false);
                }
            });
            return true;
        } catch (RuntimeException e) {
            // the kind only: a message may quote a statement's data
            LOG.debugf("a batch of %d records of channel %s failed, handling them one by one: %s", records.size(),
                    consumer.channel(), FailureKind.describe(e));
            return false;
        }
    }

    private void oneByOne(EventConsumer consumer, List<ConsumerRecord<String, String>> records) {
        for (var record : records) {
            try {
                consumer.consume(record);
            } catch (ConsumerStoppedException e) {
                throw e;
            } catch (RuntimeException e) {
                deadLetters.send(consumer.channel(), record, e);
            }
        }
    }

    /**
     * Parses the record and runs the handler once for its event id, unless this consumer has processed it.
     *
     * @param consumer the name of the consuming use case, e.g. {@code caseload}; one event may be processed by
     *                 several consumers of a service, each once
     * @return true if the handler ran, false if the event had been processed before
     * @throws MalformedEventException if the record is not a CloudEvents envelope
     * @throws EventHandlingException  if the handler failed on every attempt
     */
    public boolean process(String consumer, ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        return process(consumer, record, type -> true, handler);
    }

    /**
     * As {@link #process(String, ConsumerRecord, Consumer)} for a consumer that handles some of a topic's event types
     * only: an event of another type is acknowledged as it comes, without a transaction or a {@code processed_event}
     * row, which the other types' traffic (a bulk import's thousands of {@code case.referred}) would otherwise cost
     * this consumer one each.
     *
     * @param types the event types the handler handles
     * @return true if the handler ran, false if the event had been processed before or is of another type
     */
    public boolean process(String consumer, ConsumerRecord<String, String> record, Set<String> types,
                           Consumer<EventEnvelope> handler) {
        return process(consumer, record, types::contains, handler);
    }

    private boolean process(String consumer, ConsumerRecord<String, String> record, Predicate<String> handles,
                            Consumer<EventEnvelope> handler) {
        // log lines of the handling carry the id of the request that caused the event (a fresh one if none came)
        return CorrelationId.callWith(header(record, EventHeaders.CORRELATION_ID), () -> {
            EventEnvelope envelope;
            try {
                envelope = EventEnvelope.parse(record.value());
            } catch (MalformedEventException e) {
                LOG.warnf("record %s-%d@%d is not an event envelope: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                throw e;
            }
            if (!handles.test(envelope.type())) {
                LOG.debugf("consumer %s does not handle event %s (%s)", consumer, envelope.id(), envelope.type());
                return false;
            }
            // in a span of the publisher's trace; its attempts, and a batch's, each in a span of its own
            return tracing.handle(consumer, record, envelope, () -> process(consumer, envelope, handler));
        });
    }

    /**
     * Runs the handler once for the envelope's event id, unless this consumer has processed it; for callers
     * that have the envelope already. Does not touch the correlation id.
     *
     * <p>A failure of the infrastructure ({@link FailureKind#INFRASTRUCTURE}: the database unreachable, the pool
     * exhausted, a serialization conflict, a timeout) is waited out: the attempt is rolled back and repeated with a
     * backoff capped at {@code yjs.inbox.max-backoff}, for as long as it takes, which holds the partition meanwhile
     * ({@link ConsumerWaits} shows the wait in readiness, metrics and the log). Only a failure of the record gives up
     * after {@code yjs.inbox.max-attempts}.
     *
     * @return true if the handler ran, false if the event had been processed before
     * @throws EventHandlingException   if the handler failed on the record on every attempt
     * @throws ConsumerStoppedException if the service stopped while the consumer waited
     */
    public boolean process(String consumer, EventEnvelope envelope, Consumer<EventEnvelope> handler) {
        if (IN_BATCH.get()) {
            // any failure rolls the whole batch back, and processBatch retries its records one by one
            try {
                return claimAndHandle(consumer, envelope, handler);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        var backoff = config.backoff();
        var recordFailures = 0;
        for (;;) {
            try {
                var handled = QuarkusTransaction.requiringNew()
                        .call(() -> claimAndHandle(consumer, envelope, handler));
                waits.succeeded(consumer);
                return handled;
            } catch (RuntimeException e) {
                var cause = e instanceof QuarkusTransactionException && e.getCause() != null ? e.getCause() : e;
                if (FailureKind.of(cause) == FailureKind.INFRASTRUCTURE) {
                    waits.failed(consumer, envelope, cause);
                } else {
                    waits.succeeded(consumer);
                    recordFailures++;
                    // data that does not map to the consumer's record will not map on the next attempt either
                    if (recordFailures >= config.maxAttempts() || cause instanceof MalformedEventException) {
                        throw new EventHandlingException(consumer, envelope, recordFailures, cause);
                    }
                    // the kind only: a message may quote a statement's data (the dead-letter reason keeps it)
                    LOG.warnf("consumer %s failed on event %s (%s), attempt %d of %d: %s", consumer, envelope.id(),
                            envelope.type(), recordFailures, config.maxAttempts(), FailureKind.describe(cause));
                }
                if (!waits.pause(backoff)) {
                    throw new ConsumerStoppedException(consumer, envelope);
                }
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private boolean claimAndHandle(String consumer, EventEnvelope envelope, Consumer<EventEnvelope> handler)
            throws SQLException {
        if (!claim(consumer, envelope.id())) {
            LOG.debugf("consumer %s skips event %s (%s): processed before", consumer, envelope.id(),
                    envelope.type());
            return false;
        }
        handler.accept(envelope);
        return true;
    }

    /** Records the event id; false if it was recorded already (a concurrent claim waits for the other's outcome). */
    private boolean claim(String consumer, UUID eventId) throws SQLException {
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(CLAIM)) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            return insert.executeUpdate() == 1;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
