package org.youthjustice.procurement.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.platform.messaging.EventConsumer;
import org.youthjustice.platform.messaging.EventEnvelope;
import org.youthjustice.platform.messaging.EventInbox;
import org.youthjustice.procurement.messaging.in.AgencyRegistered;
import org.youthjustice.procurement.messaging.in.WorkerPosted;
import org.youthjustice.procurement.messaging.in.WorkerPostingEnded;
import org.youthjustice.procurement.service.PostingProjection;
import org.youthjustice.procurement.service.ProviderReplica;

import java.util.Set;

/**
 * Keeps the providers and the postings from worker-service's events, once per event whatever the redeliveries; the
 * other events of {@code workers.v1} (workers, training, capacity) pass without a transaction.
 */
@ApplicationScoped
public class WorkerEventsConsumer implements EventConsumer {

    public static final String CONSUMER = "providers-and-postings";

    static final Set<String> TYPES = Set.of(AgencyRegistered.TYPE, WorkerPosted.TYPE, WorkerPostingEnded.TYPE);

    @Inject
    EventInbox inbox;

    @Inject
    ProviderReplica providers;

    @Inject
    PostingProjection postings;

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
        return inbox.process(CONSUMER, record, TYPES, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (AgencyRegistered.TYPE.equals(event.type())) {
            providers.registered(event);
        } else {
            postings.apply(event);
        }
    }
}
