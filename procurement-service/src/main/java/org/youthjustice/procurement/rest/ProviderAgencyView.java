package org.youthjustice.procurement.rest;

import org.youthjustice.procurement.domain.Provider;

import java.time.Instant;

/** A provider agency as worker-service announced it. */
public record ProviderAgencyView(String creditCode, String name, String regionCode, String status,
                                 Instant registeredAt) {

    static ProviderAgencyView of(Provider p) {
        return new ProviderAgencyView(p.creditCode, p.name, p.regionCode, p.status, p.registeredAt);
    }
}
