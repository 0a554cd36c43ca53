package org.youthjustice.benchmarks;

import java.util.Optional;

/**
 * The text/event-stream format, one line at a time: fields until a blank line ends the event; comment lines (the
 * stream's heartbeats) are skipped. Not thread-safe: one per connection.
 */
final class ServerSentEvents {

    /** One event: its {@code id} (null when it has none), its type ({@code message} when unnamed) and data. */
    record Event(String id, String type, String data) {
    }

    private String id;
    private String type;
    private StringBuilder data = new StringBuilder();

    /** Takes one line; answers the event it completes, if any. */
    Optional<Event> line(String line) {
        if (line.isEmpty()) {
            Optional<Event> event = data.isEmpty() ? Optional.empty()
                    : Optional.of(new Event(id, type == null ? "message" : type, data.toString()));
            id = null;
            type = null;
            data = new StringBuilder();
            return event;
        }
        if (!line.startsWith(":")) {
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (field) {
                case "id" -> id = value;
                case "event" -> type = value;
                case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
                default -> {
                    // retry and unknown fields do not concern the benchmark
                }
            }
        }
        return Optional.empty();
    }
}
