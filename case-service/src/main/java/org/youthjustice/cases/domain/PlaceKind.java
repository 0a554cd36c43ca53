package org.youthjustice.cases.domain;

/** Where a visit took place; a phone call counts as a visit. */
public enum PlaceKind {
    HOME, SCHOOL, OFFICE, PHONE
}
