package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.RevealPurpose;
import org.youthjustice.cases.service.IdentityReveals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The examples are masked on purpose: a document never shows a real-looking identity. */
@Schema(description = "A juvenile's identity in clear, as revealed to the caller for the stated purpose; not to be "
        + "stored or forwarded")
public record RevealedIdentityView(
        @Schema(examples = "GZ-2026-000123") String reference,
        RevealPurpose purpose,
        @Schema(description = "FULL for a judicial officer of the office; CONTACT (no identity number, no birth date) "
                + "for the lead social worker") IdentityReveals.Extent extent,
        @Schema(examples = "张*明") String name,
        @Schema(description = "Null for CONTACT", examples = "4401**********1236") String identityNumber,
        @Schema(description = "Null for CONTACT") LocalDate birthDate,
        @Schema(examples = "138****5678") String phone,
        @Schema(examples = "广东省广州市***") String address,
        List<JuvenileView.GuardianView> guardians,
        Instant revealedAt) {

    static RevealedIdentityView of(IdentityReveals.Revealed revealed) {
        var clear = revealed.identity();
        return new RevealedIdentityView(revealed.reference(), revealed.purpose(), revealed.extent(), clear.name(),
                clear.identityNumber(), clear.birthDate(), clear.phone(), clear.address(),
                clear.guardians().stream().map(g -> new JuvenileView.GuardianView(g.name(), g.phone())).toList(),
                revealed.revealedAt());
    }
}
