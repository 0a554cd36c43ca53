package org.youthjustice.procurement.service;

import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ServiceType;

import java.util.Optional;

/** Filters of the contract list; each absent one does not filter. {@code site} is a site the terms in force serve. */
public record ContractFilter(Optional<ContractStatus> status, Optional<ServiceType> serviceType,
                             Optional<String> purchaserCode, Optional<String> providerCode, Optional<String> site) {
}
