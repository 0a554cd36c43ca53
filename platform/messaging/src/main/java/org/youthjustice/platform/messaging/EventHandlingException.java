package org.youthjustice.platform.messaging;

/**
 * A handler failed on every attempt. Its message becomes the {@code dead-letter-reason} of the record on the
 * dead-letter topic, so it names the event and the cause but never the event data.
 */
public class EventHandlingException extends RuntimeException {

    public EventHandlingException(String consumer, EventEnvelope envelope, int attempts, Throwable cause) {
        super("consumer " + consumer + " failed " + attempts + " times on event " + envelope.id() + " ("
                + envelope.type() + "): " + cause, cause);
    }
}
