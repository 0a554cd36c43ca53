package org.youthjustice.platform.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Schema(description = "The outcome of a re-encryption run over every registered cipher column of the service")
public record KeyRotationView(
        @Schema(description = "The key the values are now under", examples = "k2027a") String primaryKeyId,
        @Schema(description = "The blind-index key the indexes are now under (unversioned: the single key of "
                + "yjs.identity.blind-index-key)", examples = "b2027a") String blindIndexPrimaryKeyId,
        @Schema(description = "Rows rewritten by this run, over every registered table") int rows,
        @Schema(description = "Identity values re-encrypted by this run") int values,
        @Schema(description = "Blind indexes recomputed by this run") int indexes,
        @Schema(description = "Rows whose tokens could not be decrypted (unknown key or corrupt): left as they are")
        int failed,
        @Schema(description = "Rows still holding a value under an old key after the run (failed ones, or locked by a "
                + "concurrent run)") long remaining,
        @Schema(description = "Each encryption key id that stored values are still under, with its columns "
                + "(table.column); remove a key only once it is gone from here") Map<String, Set<String>> keysInUse,
        @Schema(description = "Each blind-index key id that stored indexes are still under") List<String>
        blindIndexKeysInUse) {

    static KeyRotationView of(ReencryptionResult result) {
        return new KeyRotationView(result.primaryKeyId(), result.blindIndexPrimaryKeyId(), result.rows(),
                result.values(), result.indexes(), result.failed(), result.remaining(), result.keysInUse().keyIds(),
                result.keysInUse().blindIndexKeyIdNames());
    }
}
