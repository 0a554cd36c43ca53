package org.youthjustice.worker.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.platform.messaging.EventConsumer;
import org.youthjustice.platform.messaging.EventInbox;
import org.youthjustice.worker.service.CaseloadProjection;

/**
 * Keeps the caseloads from case-service's events, once per event whatever the redeliveries; the events that do not
 * change a caseload (most of the topic: referrals, visits, services) pass without a transaction.
 */
@ApplicationScoped
public class CaseEventsConsumer implements EventConsumer {

    public static final String CONSUMER = "caseload";

    @Inject
    EventInbox inbox;

    @Inject
    CaseloadProjection caseloads;

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
        return inbox.process(CONSUMER, record, CaseloadProjection.TYPES, caseloads::apply);
    }
}
