package org.youthjustice.platform.messaging;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.youthjustice.platform.correlation.CorrelationId;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Writes domain events to the outbox table in the caller's transaction, so that an event exists if and only if
 * the change it describes was committed. {@link OutboxRelay} publishes it afterwards.
 *
 * <pre>{@code
 * @Transactional
 * public void assign(CaseRef ref, WorkerId worker) {
 *     ... change the case ...
 *     outbox.publish("cases.v1", ref.value(), "case.assigned", 1, new CaseAssigned(ref.value(), worker.value()));
 * }
 * }</pre>
 */
@ApplicationScoped
public class Outbox {

    private static final Object PENDING = new Object();

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, message_key, type, payload, headers)
            values (?, ?, ?, ?, ?::jsonb, ?::jsonb)
            """;

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventTracing tracing;
    /** The dataschema URI of each type and version, parsed once rather than for every event of a bulk import. */
    private final Map<String, URI> dataSchemas = new ConcurrentHashMap<>();

    Outbox(DataSource dataSource, OutboxConfig config, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, EventTracing tracing) {
        this.dataSource = dataSource;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
        this.tracing = tracing;
    }

    /**
     * Records an event for publication once the current transaction commits.
     *
     * @param topic   the Kafka topic, e.g. {@code cases.v1}
     * @param subject the aggregate id: the CloudEvents subject and the Kafka key, which keeps the events of one
     *                aggregate in order
     * @param type    the event type, e.g. {@code case.assigned}
     * @param version the schema version of the type
     * @param data    the event data, serialised as a JSON object; pseudonymous references only
     * @return the event id
     * @throws jakarta.transaction.TransactionalException if no transaction is active
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String subject, String type, int version, Object data) {
        requireText("topic", topic);
        requireText("subject", subject);
        requireText("type", type);
        if (version < 1) {
            throw new IllegalArgumentException("event version must be 1 or more, was " + version);
        }
        // the correlation id of the request that made the change follows the event to its consumers
        var envelope = EventEnvelope.create(config.source(), type, subject, dataSchema(type, version), version,
                CorrelationId.current().orElse(null), data);
        pendingRows().add(new Row(topic, envelope, headers(envelope)));
        return envelope.id();
    }

    /**
     * The events of the current transaction not written yet. They are written together, in one JDBC batch, just
     * before the transaction commits (after the ORM's flush, which registered first), so that a transaction with many
     * events (a bulk import) makes one round trip for them instead of one each; once committed, the relay is asked
     * for a pass so that they do not wait for the next poll. Once per transaction, however many events it writes.
     */
    private List<Row> pendingRows() {
        @SuppressWarnings("unchecked")
        List<Row> pending = (List<Row>) transactions.getResource(PENDING);
        if (pending != null) {
            return pending;
        }
        List<Row> rows = new ArrayList<>();
        transactions.putResource(PENDING, rows);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // a rolled-back transaction writes nothing; a failed write rolls the transaction back
                if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                    insert(rows);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.requestPass();
                }
            }
        });
        return rows;
    }

    /** An event waiting for its transaction's commit. */
    private record Row(String topic, EventEnvelope envelope, Map<String, String> headers) {
    }

    private URI dataSchema(String type, int version) {
        return dataSchemas.computeIfAbsent(type + ".v" + version + ".schema.json",
                file -> URI.create(config.dataschemaBase() + "/" + file));
    }

    private Map<String, String> headers(EventEnvelope envelope) {
        var headers = new LinkedHashMap<String, String>();
        headers.put(EventHeaders.CONTENT_TYPE, EventHeaders.CLOUDEVENTS_JSON);
        headers.put(EventHeaders.TYPE, envelope.type());
        if (envelope.correlationId() != null) {
            headers.put(EventHeaders.CORRELATION_ID, envelope.correlationId());
        }
        // the span that made the change becomes the parent of the consumers' spans (traceparent, tracestate)
        tracing.addCurrentContext(headers);
        return headers;
    }

    private void insert(List<Row> rows) {
        // Agroal enlists this connection in the caller's JTA transaction: the rows commit or roll back with it
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(INSERT)) {
            for (Row row : rows) {
                insert.setObject(1, row.envelope().id());
                insert.setString(2, row.topic());
                insert.setString(3, row.envelope().subject());
                insert.setString(4, row.envelope().type());
                insert.setString(5, row.envelope().toJson());
                insert.setString(6, EventJson.MAPPER.writeValueAsString(row.headers()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(rows.size() + " events could not be written to the outbox", e);
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("event " + name + " is required");
        }
    }
}
