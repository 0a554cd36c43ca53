package org.youthjustice.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * The events one consumer of a service has processed, as its inbox records them (platform-messaging's
 * {@code processed_event} table, in the same transaction as their effect), read through the service's datasource.
 */
public final class ProcessedEvents {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final String consumer;

    private ProcessedEvents(DataSource dataSource, String consumer) {
        this.dataSource = dataSource;
        this.consumer = consumer;
    }

    /** The events {@code consumer} (the name it gives the inbox, e.g. {@code worker-roster}) has processed. */
    public static ProcessedEvents of(DataSource dataSource, String consumer) {
        return new ProcessedEvents(dataSource, consumer);
    }

    /** Whether the consumer has processed the event of this id. */
    public boolean contains(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from processed_event where consumer = ? and event_id = ?")) {
            statement.setString(1, consumer);
            statement.setObject(2, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the processed events of " + consumer, e);
        }
    }

    /** Whether the consumer has processed {@code event} (a CloudEvent: its {@code id}). */
    public boolean contains(JsonNode event) {
        return contains(UUID.fromString(event.get("id").asText()));
    }

    /** Waits up to 30 seconds for the consumer to have processed {@code event}. */
    public void await(JsonNode event) {
        UUID id = UUID.fromString(event.get("id").asText());
        Awaitility.await("event " + id + " processed by " + consumer).atMost(WAIT).until(() -> contains(id));
    }
}
