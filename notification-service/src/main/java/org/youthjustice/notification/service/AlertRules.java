package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.messaging.in.AgencyRegistered;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.messaging.EventEnvelope;

import java.time.Clock;
import java.time.Instant;

/**
 * The rules that turn events into alerts. Runs inside the inbox's transaction, so an alert and the record of
 * its event commit together.
 */
@ApplicationScoped
public class AlertRules {

    static final String PROVIDER_REGISTERED = "provider-registered";

    @Inject
    Clock clock;

    public void apply(EventEnvelope event) {
        if (AgencyRegistered.TYPE.equals(event.type())) {
            AgencyRegistered agency = event.data(AgencyRegistered.class);
            Notification.forRole(PROVIDER_REGISTERED, event.id(), Roles.PROCUREMENT_OFFICER, Severity.INFO,
                    "New provider agency registered",
                    agency.name() + " (" + agency.creditCode() + ") was registered in region " + agency.regionCode()
                            + " and can now be contracted.",
                    agency.creditCode(), Instant.now(clock)).persist();
        }
    }
}
