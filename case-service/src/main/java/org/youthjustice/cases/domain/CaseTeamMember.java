package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member of a case's correction team: a worker by worker id, or a person around the juvenile by name and phone,
 * held as AES-GCM tokens (personal data).
 */
@Entity
@Table(name = "case_team_member")
public class CaseTeamMember extends PanacheEntityBase {

    /** Given before the insert ({@link RowIds}): the row's tokens are bound to it. */
    @Id
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    public int position;

    @Enumerated(EnumType.STRING)
    public TeamRole role;

    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "name_cipher")
    public String nameCipher;

    @Column(name = "phone_cipher")
    public String phoneCipher;
}
