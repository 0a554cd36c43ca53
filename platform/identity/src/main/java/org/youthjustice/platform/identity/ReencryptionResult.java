package org.youthjustice.platform.identity;

/**
 * What a run of the re-encryption job did, over every registered column of the service.
 *
 * @param primaryKeyId           the key the tokens are now under
 * @param blindIndexPrimaryKeyId the blind-index key the indexes are now under ({@code unversioned} for the
 *                               unversioned key)
 * @param rows                   rows rewritten by this run
 * @param values                 tokens re-encrypted by this run
 * @param indexes                blind indexes recomputed by this run
 * @param failed                 rows whose tokens could not be decrypted (unknown key or corrupt): left as they are
 * @param remaining              rows still holding a value under an old key after the run (failed ones, or locked
 *                               by a concurrent run)
 * @param keysInUse              the key ids that stored values are under after the run, with their columns
 */
public record ReencryptionResult(String primaryKeyId, String blindIndexPrimaryKeyId, int rows, int values,
                                 int indexes, int failed, long remaining, KeysInUse keysInUse) {
}
