package org.youthjustice.cases.domain;

public enum RegionLevel {
    PROVINCE,
    CITY,
    DISTRICT
}
