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

/** Turns case-service's events into alerts, once per event whatever the redeliveries. */
@ApplicationScoped
public class CaseEventsConsumer implements EventConsumer {

    static final String CONSUMER = WorkerEventsConsumer.CONSUMER;

    @Inject
    EventInbox inbox;

    @Inject
    AlertRules rules;

    @Incoming("cases")
    @Blocking
    public void onCaseEvents(ConsumerRecords<String, String> records) {
        inbox.processBatch(this, records);
    }

    @Override
    public String channel() {
        return "cases";
    }

    /** Also what a dead-letter replay ({@code POST /dead-letter-replays}) hands each dead letter to. */
    @Override
    public boolean consume(ConsumerRecord<String, String> record) {
        return inbox.process(CONSUMER, record, rules::apply);
    }
}
