package org.youthjustice.notification.service;

import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.Notification;

/**
 * Sends one delivery of a channel, outside any transaction, within the channel's own deadline; the dispatcher records
 * the outcome, retries a transient failure with backoff and dead-letters the rest.
 */
public interface DeliveryChannel {

    Channel channel();

    /** One attempt; never throws for a failure of the recipient's side, which is an {@link Outcome}. */
    Outcome send(Delivery delivery, Notification notification);

    /** How an attempt ended: {@code statusCode} is HTTP for webhooks, the SMTP reply code for e-mail, null if none. */
    record Outcome(Kind kind, Integer statusCode, String error) {

        public enum Kind {
            DELIVERED,
            /** Worth another attempt later: a timeout, a refused connection, a 5xx, a 429, a 4xx SMTP reply. */
            TRANSIENT,
            /** Another attempt would fail the same way: a 4xx other than 408/429, a 5xx SMTP reply, no such recipient. */
            PERMANENT
        }

        public static Outcome delivered(Integer statusCode) {
            return new Outcome(Kind.DELIVERED, statusCode, null);
        }

        public static Outcome transientFailure(Integer statusCode, String error) {
            return new Outcome(Kind.TRANSIENT, statusCode, error);
        }

        public static Outcome permanentFailure(Integer statusCode, String error) {
            return new Outcome(Kind.PERMANENT, statusCode, error);
        }
    }
}
