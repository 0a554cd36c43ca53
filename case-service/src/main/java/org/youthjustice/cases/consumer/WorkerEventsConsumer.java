package org.youthjustice.cases.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.cases.service.WorkerReplica;
import org.youthjustice.platform.messaging.EventConsumer;
import org.youthjustice.platform.messaging.EventInbox;

/**
 * Keeps this service's view of workers, postings and assessor appointments from worker-service's events, once per
 * event.
 */
@ApplicationScoped
public class WorkerEventsConsumer implements EventConsumer {

    public static final String CONSUMER = "worker-roster";

    @Inject
    EventInbox inbox;

    @Inject
    WorkerReplica replica;

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
        return inbox.process(CONSUMER, record, replica::apply);
    }
}
