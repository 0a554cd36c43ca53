package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.Panache;

import java.time.Instant;
import java.util.UUID;

/**
 * Notices a contract raises once per kind and mark (expiring at 90 and 30 days, budget at 80 and 100 %, an
 * understaffing episode), whatever the number of replicas checking: the first insert wins, the others do nothing.
 */
public final class ContractNotice {

    public enum Kind { EXPIRING, BUDGET_THRESHOLD, UNDERSTAFFED }

    private ContractNotice() {
    }

    /** True for the one caller that records the notice first (then it publishes the event in the same transaction). */
    public static boolean claim(UUID contractId, Kind kind, String mark, Instant at) {
        return Panache.getEntityManager().createNativeQuery("""
                        insert into contract_notice (contract_id, kind, mark, noticed_at) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, contractId).setParameter(2, kind.name()).setParameter(3, mark)
                .setParameter(4, at).executeUpdate() == 1;
    }
}
