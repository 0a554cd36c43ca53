package org.youthjustice.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.platform.identity.ValidIdentityNumber;

import java.util.List;

@Schema(description = "The juvenile referred: every field is stored encrypted and answered masked")
public record JuvenileRequest(
        @NotBlank
        @Size(max = 50)
        @Schema(description = "Full name", examples = "张*明")
        String name,

        @NotNull
        @ValidIdentityNumber
        @Schema(description = "Resident identity number, 18 characters with its check character; the date of birth "
                + "is taken from it", examples = "4401**********1236")
        String identityNumber,

        @NotBlank
        @Pattern(regexp = Phones.PATTERN, message = Phones.MESSAGE)
        @Schema(description = "Phone", examples = "138****5678")
        String phone,

        @NotBlank
        @Size(max = 200)
        @Schema(description = "Home address", examples = "广东省广州市***")
        String address,

        @Size(max = 4)
        List<@NotNull @Valid GuardianRequest> guardians) {
}
