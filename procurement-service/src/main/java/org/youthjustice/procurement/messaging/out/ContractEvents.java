package org.youthjustice.procurement.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.messaging.Outbox;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Money;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.TermsChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The events of procurement-service on {@code contracts.v1}, keyed by contract id (so that one contract's events stay
 * in order), written to the outbox in the caller's transaction. Organisations, codes and amounts only: no person.
 */
@ApplicationScoped
public class ContractEvents {

    public static final String TOPIC = "contracts.v1";

    @Inject
    Outbox outbox;

    public void awarded(ServiceContract c, ContractTerms terms, Instant at) {
        publish(c, ContractAwarded.TYPE, ContractAwarded.VERSION, new ContractAwarded(c.id, c.number,
                c.purchaserCode, c.providerCode, c.serviceType.name(), c.purchaseMode.name(), List.copyOf(terms.sites),
                terms.periodStart, terms.periodEnd, terms.fundedPosts, terms.clientRatio, Money.fen(terms.budget), at));
    }

    public void activated(ServiceContract c, ContractTerms terms, Instant at) {
        publish(c, ContractActivated.TYPE, ContractActivated.VERSION, new ContractActivated(c.id, c.number,
                c.purchaserCode, c.providerCode, List.copyOf(terms.sites), terms.periodStart, terms.periodEnd,
                terms.fundedPosts, terms.clientRatio, at));
    }

    public void amended(ServiceContract c, ContractTerms terms, int amendment, Set<TermsChange> changes) {
        publish(c, ContractAmended.TYPE, ContractAmended.VERSION, new ContractAmended(c.id, c.number,
                c.purchaserCode, c.providerCode, amendment, terms.version, changes.stream().map(Enum::name).toList(),
                List.copyOf(terms.sites), terms.periodStart, terms.periodEnd, terms.fundedPosts, terms.clientRatio,
                Money.fen(terms.budget), terms.changedAt));
    }

    public void closed(ServiceContract c, Instant at) {
        publish(c, ContractClosed.TYPE, ContractClosed.VERSION,
                new ContractClosed(c.id, c.number, c.purchaserCode, c.providerCode, at));
    }

    public void terminated(ServiceContract c, Instant at) {
        publish(c, ContractTerminated.TYPE, ContractTerminated.VERSION,
                new ContractTerminated(c.id, c.number, c.purchaserCode, c.providerCode, at));
    }

    public void expiring(ServiceContract c, ContractTerms terms, int daysBefore, LocalDate noticedOn) {
        publish(c, ContractExpiring.TYPE, ContractExpiring.VERSION, new ContractExpiring(c.id, c.number,
                c.purchaserCode, c.providerCode, terms.periodEnd, daysBefore, noticedOn));
    }

    private void publish(ServiceContract c, String type, int version, Object data) {
        outbox.publish(TOPIC, c.id.toString(), type, version, data);
    }
}
