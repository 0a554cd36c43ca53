package org.youthjustice.procurement.rest;

import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.ServiceType;
import org.youthjustice.procurement.service.ContractDetails;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contract with its terms in force and its status history, oldest first. */
public record ContractView(UUID id, String number, String title, String purchaserCode, String providerCode,
                           PurchaseMode purchaseMode, ServiceType serviceType, ContractStatus status,
                           int termsVersion, TermsView terms, List<StatusChangeView> statusHistory,
                           Instant createdAt) {

    static ContractView of(ContractDetails details) {
        ServiceContract c = details.contract();
        return new ContractView(c.id, c.number, c.title, c.purchaserCode, c.providerCode, c.purchaseMode,
                c.serviceType, c.status, c.termsVersion, TermsView.of(details.terms()),
                details.history().stream().map(StatusChangeView::of).toList(), c.createdAt);
    }
}
