package org.youthjustice.worker.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.messaging.Outbox;
import org.youthjustice.worker.domain.Agency;

/** The events of worker-service, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class WorkerEvents {

    public static final String TOPIC = "workers.v1";

    @Inject
    Outbox outbox;

    public void agencyRegistered(Agency agency) {
        outbox.publish(TOPIC, agency.creditCode, AgencyRegistered.TYPE, AgencyRegistered.VERSION,
                new AgencyRegistered(agency.creditCode, agency.name, agency.regionCode, agency.status.name()));
    }
}
