package org.youthjustice.platform.messaging;

import java.util.Map;
import java.util.UUID;

/** An outbox row the relay has still to publish. */
record PendingEvent(long id, UUID eventId, String topic, String key, String type, String payload,
        Map<String, String> headers) {
}
