package org.youthjustice.notification.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.platform.messaging.EventConsumer;
import org.youthjustice.platform.messaging.EventInbox;
import org.youthjustice.notification.service.AlertRules;

/** Learns who works where and turns worker-service's events into alerts, once per event whatever the redeliveries. */
@ApplicationScoped
public class WorkerEventsConsumer implements EventConsumer {

    static final String CONSUMER = "alerts";

    @Inject
    EventInbox inbox;

    @Inject
    AlertRules rules;

    @Incoming("workers")
    @Blocking
    public void onWorkerEvents(ConsumerRecords<String, String> records) {
        inbox.processBatch(this, records);
    }

    @Override
    public String channel() {
        return "workers";
    }

    /** Also what a dead-letter replay ({@code POST /dead-letter-replays}) hands each dead letter to. */
    @Override
    public boolean consume(ConsumerRecord<String, String> record) {
        return inbox.process(CONSUMER, record, rules::apply);
    }
}
