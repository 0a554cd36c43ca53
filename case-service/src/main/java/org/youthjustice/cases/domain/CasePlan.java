package org.youthjustice.cases.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The individual correction plan of a case; its goals are {@link CasePlanGoal} rows, replaced as a whole. */
@Entity
@Table(name = "case_plan")
public class CasePlan extends ListVersion {
}
