package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.Region;
import org.youthjustice.cases.domain.RegionLevel;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.util.List;
import java.util.stream.IntStream;

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
        return reference(cityPrefix, year, serial.intValue());
    }

    /**
     * Reserves {@code count} consecutive references of a city for a bulk import, in a transaction of its own, so that
     * concurrent imports queue on the counter row for one statement, not for a whole chunk. A chunk that fails after
     * the reservation leaves its serials unused: a gap in the numbering, never a shared serial.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> reserve(String cityPrefix, int year, int count) {
        int last = ((Number) entityManager.createNativeQuery("""
                        insert into case_reference_counter (city_prefix, year, last_serial) values (?1, ?2, ?3)
                        on conflict (city_prefix, year)
                        do update set last_serial = case_reference_counter.last_serial + ?3
                        returning last_serial""")
                .setParameter(1, cityPrefix).setParameter(2, year).setParameter(3, count).getSingleResult()).intValue();
        return IntStream.rangeClosed(last - count + 1, last)
                .mapToObj(serial -> reference(cityPrefix, year, serial)).toList();
    }

    /** The prefix of the city a case filed under {@code regionCode} is numbered in. */
    static String cityPrefixOf(String regionCode) {
        Region region = Region.findById(regionCode);
        if (region != null && region.level == RegionLevel.DISTRICT) {
            region = Region.findById(region.parentCode);
        } else if (region != null && (region.level != RegionLevel.CITY
                || Region.count("parentCode", region.code) > 0)) {
            // A city with districts files its cases under one of them; Dongguan and Zhongshan have none.
            region = null;
        }
        if (region == null || region.referencePrefix == null) {
            throw ProblemException.unprocessable("Cases are filed under a district served by the platform.",
                    List.of(new FieldError("regionCode", "unknown", "must be a district served (see /regions)")));
        }
        return region.referencePrefix;
    }

    /** As {@code "%s-%d-%06d"}, without the format parser: an import reserves a hundred references at a time. */
    static String reference(String cityPrefix, int year, int serial) {
        String digits = Integer.toString(serial);
        return cityPrefix + "-" + year + "-" + "000000".substring(Math.min(6, digits.length())) + digits;
    }
}
