package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.identity.IdentityNumber;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open case (any status but {@code CLOSED}) a new referral of a juvenile meets, found by the juvenile's blind
 * index under every configured blind-index key: a case not yet re-indexed after a rotation is found by its old index.
 * The indexes never leave this class and {@link CaseIdentity}.
 */
@ApplicationScoped
public class OpenCases {

    @Inject
    CaseIdentity identity;

    /** The open case of this juvenile, if any. */
    Optional<OpenCase> of(IdentityNumber juvenile) {
        return JuvenileCase.<JuvenileCase>find("identityNumberIndex in ?1 and status <> ?2",
                        identity.lookupIndexesOf(juvenile), CaseStatus.CLOSED)
                .firstResultOptional().map(open -> new OpenCase(open.reference, open.courtCode));
    }

    /**
     * The open cases among these juveniles, by juvenile, in one query. The indexes go as one array parameter: a query
     * with a list of a hundred parameters is translated again at every call, and only three columns are read, not
     * whole cases.
     */
    Map<IdentityNumber, OpenCase> ofAll(Collection<IdentityNumber> juveniles) {
        Map<String, IdentityNumber> juvenileOf = new HashMap<>();
        for (IdentityNumber juvenile : juveniles) {
            for (String lookup : identity.lookupIndexesOf(juvenile)) {
                juvenileOf.put(lookup, juvenile);
            }
        }
        Map<IdentityNumber, OpenCase> open = new HashMap<>();
        if (!juvenileOf.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = JuvenileCase.getEntityManager().createNativeQuery("""
                            select identity_number_index, reference, court_code from juvenile_case
                             where identity_number_index = any(?1) and status <> ?2""")
                    .setParameter(1, juvenileOf.keySet().toArray(String[]::new))
                    .setParameter(2, CaseStatus.CLOSED.name())
                    .getResultList();
            rows.forEach(row -> open.put(juvenileOf.get((String) row[0]),
                    new OpenCase((String) row[1], (String) row[2])));
        }
        return open;
    }
}
