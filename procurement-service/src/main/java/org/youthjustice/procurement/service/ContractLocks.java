package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.youthjustice.procurement.domain.ServiceContract;

import java.util.UUID;

/**
 * A contract the caller manages, locked for the rest of the transaction: payments and evaluations of one contract
 * are recorded one after the other, so that two instalments never get the same number, two payments never pass the
 * budget together, and a payment never slips past an evaluation that withholds it.
 */
@ApplicationScoped
public class ContractLocks {

    @Inject
    ContractScope scope;

    /** The contract {@code id}, locked (select for update), if the caller manages it; 404 otherwise. */
    public ServiceContract managed(UUID id) {
        ServiceContract.findById(id, LockModeType.PESSIMISTIC_WRITE);
        return scope.managed(id);
    }
}
