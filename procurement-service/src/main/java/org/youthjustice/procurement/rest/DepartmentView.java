package org.youthjustice.procurement.rest;

import org.youthjustice.procurement.domain.DepartmentKind;
import org.youthjustice.procurement.domain.PurchasingDepartment;

import java.time.Instant;

public record DepartmentView(String code, String name, DepartmentKind kind, String regionCode, Instant createdAt) {

    static DepartmentView of(PurchasingDepartment d) {
        return new DepartmentView(d.code, d.name, d.kind, d.regionCode, d.createdAt);
    }
}
