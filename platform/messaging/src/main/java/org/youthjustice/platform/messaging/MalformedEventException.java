package org.youthjustice.platform.messaging;

/**
 * A record that is not a valid event envelope. Retrying cannot help, so the inbox sends it to the dead-letter
 * topic at once; the message is the dead-letter reason and never contains the payload.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
