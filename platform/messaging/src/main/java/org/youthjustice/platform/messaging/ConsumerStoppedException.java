package org.youthjustice.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The service stopped while a consumer waited for its infrastructure to come back. The record was not handled and
 * must not be dead-lettered: {@link InboxFailureStrategy} leaves it unacknowledged, so that its offset is not
 * committed and the next consumer of the partition receives it again.
 */
public class ConsumerStoppedException extends RuntimeException {

    public ConsumerStoppedException(String consumer, EventEnvelope envelope) {
        super("consumer " + consumer + " stopped while waiting to handle event " + envelope.id() + " ("
                + envelope.type() + ")");
    }

    public ConsumerStoppedException(String channel, ConsumerRecord<?, ?> record) {
        super("consumer of channel " + channel + " stopped while waiting to dead-letter record " + record.topic() + "-"
                + record.partition() + "@" + record.offset());
    }
}
