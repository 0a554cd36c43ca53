package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A juvenile's correction or prevention case, known outside this service by its pseudonymous reference only. The
 * juvenile's personal data is held only as ciphertext, the identity number also as a keyed blind index.
 */
@Entity
@Table(name = "juvenile_case")
public class JuvenileCase extends PanacheEntityBase {

    /** {@link #visitsOverdueFrom} of case {@code ?1}, counted from its visits. */
    private static final String RECOUNT_VISITS_OVERDUE = """
            update juvenile_case c
            set visits_overdue_from = (select min(v.due_on) + 1
                                       from case_visit v
                                       where v.case_id = c.id
                                         and (v.status = 'SCHEDULED'
                                              or (v.status = 'MISSED' and not exists (
                                                      select 1 from case_visit w
                                                      where w.case_id = v.case_id and w.status = 'COMPLETED'
                                                        and w.closed_at > v.closed_at))))
            where c.id = ?1""";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenile_case_id")
    // the identity column's sequence, 50 ids per call, so that the cases of an import are inserted in batches (V15)
    @SequenceGenerator(name = "juvenile_case_id", sequenceName = "juvenile_case_id_seq", allocationSize = 50)
    public Long id;

    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "correction_kind")
    public CorrectionKind correctionKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source")
    public ReferralSource referralSource;

    @Column(name = "office_code")
    public String officeCode;

    @Column(name = "court_code")
    public String courtCode;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "offence_date")
    public LocalDate offenceDate;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "grid_code")
    public String gridCode;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    @Column(name = "assigned_worker_id")
    public String assignedWorkerId;

    @Column(name = "assigned_agency_id")
    public String assignedAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    /** Set when the lead worker left or was suspended; cleared by the next assignment. */
    @Column(name = "reassignment_needed")
    public boolean reassignmentNeeded;

    @Column(name = "name_cipher")
    public String nameCipher;

    @Column(name = "identity_number_cipher")
    public String identityNumberCipher;

    @Column(name = "identity_number_index")
    public String identityNumberIndex;

    @Column(name = "birth_date_cipher")
    public String birthDateCipher;

    @Column(name = "phone_cipher")
    public String phoneCipher;

    @Column(name = "address_cipher")
    public String addressCipher;

    @Column(name = "guardians_cipher")
    public String guardiansCipher;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public int version;

    /** When the case was sealed; null while it is not. A sealed case is CLOSED and stays sealed. */
    @Column(name = "sealed_at")
    public Instant sealedAt;

    @Column(name = "sealed_by")
    public String sealedBy;

    @Column(name = "seal_reason")
    public String sealReason;

    /**
     * The first day (Asia/Shanghai) on which the case has an overdue visit, as its visits stand (V36); null when it has
     * neither a scheduled visit nor a missed one without a visit since. Overdue today is
     * {@code visitsOverdueFrom <= today}, so the case list's filter follows the days without a job. Written only by
     * {@link #visitsChanged()}'s statement, never from this field: a case loaded before its visits changed must not
     * write back the day it was loaded with. The field holds the day as loaded.
     */
    @Column(name = "visits_overdue_from", insertable = false, updatable = false)
    public LocalDate visitsOverdueFrom;

    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * Recounts the case's {@link #visitsOverdueFrom} from its visits as they stand, in one statement: the day after
     * the earliest due day of its scheduled visit and of its missed visits with no visit completed since the miss was
     * found (V36's backfill, for one case). Called after every change of the case's visits (scheduled, recorded,
     * missed, cancelled), in the same transaction, by the code that holds the case's row lock to change them. Leaves
     * the version alone: a visit does not change the case its readers hold.
     */
    public void visitsChanged() {
        // the visits' changes reach the database first: the statement reads them there
        getEntityManager().flush();
        getEntityManager().createNativeQuery(RECOUNT_VISITS_OVERDUE).setParameter(1, id).executeUpdate();
    }
}
