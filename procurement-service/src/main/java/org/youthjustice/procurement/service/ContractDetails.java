package org.youthjustice.procurement.service;

import org.youthjustice.procurement.domain.ContractStatusChange;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.ServiceContract;

import java.util.List;

/** A contract with its terms in force and its status history, oldest first: what a client reads of it. */
public record ContractDetails(ServiceContract contract, ContractTerms terms, List<ContractStatusChange> history) {
}
