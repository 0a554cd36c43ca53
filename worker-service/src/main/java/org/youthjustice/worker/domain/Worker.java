package org.youthjustice.worker.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A social worker employed by an agency. The personal data (name, identity number, phone) is held only as
 * ciphertext, and the identity number also as a keyed blind index for lookups; nothing here is in clear.
 */
@Entity
@Table(name = "worker")
public class Worker extends PanacheEntityBase {

    @Id
    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "name_cipher")
    public String nameCipher;

    @Column(name = "identity_number_cipher")
    public String identityNumberCipher;

    @Column(name = "identity_number_index")
    public String identityNumberIndex;

    @Column(name = "phone_cipher")
    public String phoneCipher;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_level")
    public QualificationLevel qualificationLevel;

    @Column(name = "certificate_number")
    public String certificateNumber;

    @Column(name = "certificate_issued_on")
    public LocalDate certificateIssuedOn;

    @Column(name = "certificate_expires_on")
    public LocalDate certificateExpiresOn;

    @Convert(converter = SpecialisationsConverter.class)
    public Set<Specialisation> specialisations = EnumSet.noneOf(Specialisation.class);

    @Column(name = "front_line")
    public boolean frontLine;

    @Enumerated(EnumType.STRING)
    public WorkerStatus status;

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

    /** Sets the qualification, or removes it with {@code null}. */
    public void qualify(Qualification qualification) {
        this.qualificationLevel = qualification == null ? null : qualification.level();
        this.certificateNumber = qualification == null ? null : qualification.certificateNumber();
        this.certificateIssuedOn = qualification == null ? null : qualification.issuedOn();
        this.certificateExpiresOn = qualification == null ? null : qualification.expiresOn();
    }

    public Optional<Qualification> qualification() {
        return qualificationLevel == null ? Optional.empty() : Optional.of(
                new Qualification(qualificationLevel, certificateNumber, certificateIssuedOn, certificateExpiresOn));
    }

    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
