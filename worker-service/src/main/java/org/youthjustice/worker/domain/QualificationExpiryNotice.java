package org.youthjustice.worker.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** The record that a certificate's coming expiry was announced, so that it is announced once. */
@Entity
@Table(name = "qualification_expiry_notice")
public class QualificationExpiryNotice extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "noticed_at")
    public Instant noticedAt;

    @Embeddable
    public record Key(@Column(name = "worker_id") String workerId,
                      @Column(name = "certificate_number") String certificateNumber,
                      @Column(name = "expires_on") LocalDate expiresOn) implements Serializable {
    }
}
