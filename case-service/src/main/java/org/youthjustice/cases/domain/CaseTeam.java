package org.youthjustice.cases.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The correction team of a case as a whole; its members are {@link CaseTeamMember} rows, replaced together. */
@Entity
@Table(name = "case_team")
public class CaseTeam extends ListVersion {
}
