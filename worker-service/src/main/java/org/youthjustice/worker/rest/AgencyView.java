package org.youthjustice.worker.rest;

import org.youthjustice.worker.domain.Agency;
import org.youthjustice.worker.domain.AgencyStatus;

import java.time.Instant;

public record AgencyView(String creditCode, String name, String region, AgencyStatus status, Instant registeredAt) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.creditCode, agency.name, agency.regionCode, agency.status, agency.createdAt);
    }
}
