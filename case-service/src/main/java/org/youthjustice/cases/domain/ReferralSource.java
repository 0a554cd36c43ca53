package org.youthjustice.cases.domain;

/** Who referred a prevention case. */
public enum ReferralSource {
    SCHOOL, POLICE, COMMUNITY
}
