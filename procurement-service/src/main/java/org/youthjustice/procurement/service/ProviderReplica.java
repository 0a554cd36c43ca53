package org.youthjustice.procurement.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.messaging.EventEnvelope;
import org.youthjustice.platform.messaging.MalformedEventException;
import org.youthjustice.procurement.messaging.in.AgencyRegistered;

/**
 * The providers known from worker-service's {@code agency.registered}: one row per credit code, written whole from
 * the event. An older event arriving after a newer one (by the event's time) changes nothing, so the replica ends
 * the same whatever the order and the redeliveries. Runs in the inbox's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProviderReplica {

    public void registered(EventEnvelope event) {
        AgencyRegistered agency = event.data(AgencyRegistered.class);
        if (agency.creditCode() == null || agency.name() == null || agency.regionCode() == null
                || agency.status() == null || event.time() == null) {
            throw new MalformedEventException("agency.registered without creditCode, name, regionCode, status or time");
        }
        Panache.getEntityManager().createNativeQuery("""
                        insert into provider (credit_code, name, region_code, status, registered_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (credit_code) do update set name = excluded.name,
                            region_code = excluded.region_code, status = excluded.status,
                            registered_at = excluded.registered_at
                        where excluded.registered_at > provider.registered_at""")
                .setParameter(1, agency.creditCode()).setParameter(2, agency.name())
                .setParameter(3, agency.regionCode()).setParameter(4, agency.status())
                .setParameter(5, event.time()).executeUpdate();
    }
}
