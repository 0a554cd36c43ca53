package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.service.CaseIdentity;

import java.util.List;

@Schema(description = "The juvenile of a case, masked")
public record JuvenileView(
        @Schema(examples = "张*明") String name,
        @Schema(examples = "4401**********1236") String identityNumber,
        @Schema(examples = "2010-**-**") String birthDate,
        @Schema(examples = "138****5678") String phone,
        @Schema(examples = "广东省广州市***") String address,
        List<GuardianView> guardians) {

    static JuvenileView of(CaseIdentity.Masked masked) {
        return new JuvenileView(masked.name(), masked.identityNumber(), masked.birthDate(), masked.phone(),
                masked.address(), masked.guardians().stream().map(g -> new GuardianView(g.name(), g.phone()))
                .toList());
    }

    @Schema(description = "A guardian, masked")
    public record GuardianView(@Schema(examples = "张*华") String name, @Schema(examples = "139****4321") String phone) {
    }
}
