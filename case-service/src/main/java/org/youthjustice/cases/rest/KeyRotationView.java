package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.service.IdentityReencryption;

@Schema(description = "The outcome of a re-encryption run")
public record KeyRotationView(
        @Schema(description = "The key the values are now under", examples = "k2027a") String primaryKeyId,
        @Schema(description = "Cases re-encrypted by this run") int cases,
        @Schema(description = "Identity values re-encrypted by this run") int values,
        @Schema(description = "Cases whose tokens could not be decrypted (unknown key or corrupt): left as they are")
        int failed,
        @Schema(description = "Cases still under an old key after the run (failed ones, or locked by a concurrent "
                + "run)") long remaining) {

    static KeyRotationView of(IdentityReencryption.Result result) {
        return new KeyRotationView(result.primaryKeyId(), result.cases(), result.values(), result.failed(),
                result.remaining());
    }
}
