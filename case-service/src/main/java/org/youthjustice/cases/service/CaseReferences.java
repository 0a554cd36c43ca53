package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Pseudonymous case references {@code <city prefix>-<year>-<6-digit serial>}, the serial counted per city and year.
 * The counter row is incremented by an upsert in the caller's transaction: concurrent referrals of one city wait
 * for each other on that row and never share a serial, and a rolled-back referral gives its serial back.
 */
@ApplicationScoped
public class CaseReferences {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String cityPrefix, int year) {
        Number serial = (Number) entityManager.createNativeQuery("""
                        insert into case_reference_counter (city_prefix, year, last_serial) values (?1, ?2, 1)
                        on conflict (city_prefix, year)
                        do update set last_serial = case_reference_counter.last_serial + 1
                        returning last_serial""")
                .setParameter(1, cityPrefix).setParameter(2, year).getSingleResult();
        return "%s-%d-%06d".formatted(cityPrefix, year, serial.intValue());
    }
}
