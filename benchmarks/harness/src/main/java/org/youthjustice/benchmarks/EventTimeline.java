package org.youthjustice.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an event's time went, read from the two services' databases after the run: the producer's outbox row
 * ({@code created_at}, PostgreSQL's {@code now()}, the start of the transaction that wrote it; {@code sent_at}, set
 * after Kafka acknowledged it) and the consumer's inbox row ({@code processed_at}, the start of the transaction that
 * processed it). Both databases are on the same machine and clock.
 */
public final class EventTimeline {

    private final Database producer;
    private final Database consumer;

    public EventTimeline(Database producer, Database consumer) {
        this.producer = producer;
        this.consumer = consumer;
    }

    /** The events of {@code type} keyed by one of {@code keys}, as far as each went (a missing step is null). */
    public List<Event> of(String type, List<String> keys, String consumerName) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (Connection connection = producer.connect();
             PreparedStatement query = connection.prepareStatement("""
                     select event_id::text, extract(epoch from created_at) * 1e6, extract(epoch from sent_at) * 1e6
                       from outbox_event
                      where type = ? and message_key = any(?)""")) {
            query.setString(1, type);
            query.setArray(2, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    events.add(new Event(result.getString(1), result.getLong(2), micros(result, 3), null));
                }
            }
        }
        Map<String, Long> processed = new HashMap<>();
        try (Connection connection = consumer.connect();
             PreparedStatement query = connection.prepareStatement("""
                     select event_id::text, extract(epoch from processed_at) * 1e6
                       from processed_event
                      where consumer = ? and event_id = any(?::uuid[])""")) {
            query.setString(1, consumerName);
            query.setArray(2, connection.createArrayOf("text", events.stream().map(Event::id).toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    processed.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return events.stream().map(e -> new Event(e.id(), e.createdMicros(), e.sentMicros(), processed.get(e.id())))
                .toList();
    }

    private static Long micros(ResultSet result, int column) throws SQLException {
        long value = result.getLong(column);
        return result.wasNull() ? null : value;
    }

    /** A database of the local run, with its service's login. */
    public record Database(String jdbcUrl, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }
    }

    /** Epoch microseconds of each step; null for a step not reached. */
    public record Event(String id, long createdMicros, Long sentMicros, Long processedMicros) {

        /** Nanoseconds from the outbox row's transaction start to the relay's acknowledgement; null if not sent. */
        public Long inOutboxNanos() {
            return sentMicros == null ? null : (sentMicros - createdMicros) * 1_000;
        }

        /** Nanoseconds from the acknowledgement to the consumer's transaction start; null if not both. */
        public Long toConsumerNanos() {
            return sentMicros == null || processedMicros == null ? null : (processedMicros - sentMicros) * 1_000;
        }
    }
}
