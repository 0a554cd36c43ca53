package org.youthjustice.platform.messaging;

import org.youthjustice.platform.correlation.CorrelationId;

/** Kafka record headers of an event in CloudEvents structured mode. */
public final class EventHeaders {

    public static final String CONTENT_TYPE = "content-type";
    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json";
    public static final String CORRELATION_ID = CorrelationId.KAFKA_HEADER;
    /** The event type, so that a consumer can filter without parsing the value. */
    public static final String TYPE = "ce_type";
    /** Set by SmallRye's dead-letter-queue strategy on records it moves to the dead-letter topic. */
    public static final String DEAD_LETTER_REASON = "dead-letter-reason";

    private EventHeaders() {
    }
}
