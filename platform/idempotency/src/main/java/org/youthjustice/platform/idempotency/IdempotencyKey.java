package org.youthjustice.platform.idempotency;

import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code Idempotency-Key} header of a creating POST, read and checked by Jakarta REST through {@link #valueOf}:
 * declare it as {@code @HeaderParam(IdempotencyKey.HEADER) IdempotencyKey key}. A key that is not 1 to 100 visible
 * ASCII characters is refused with 400, the header named ({@link InvalidIdempotencyKey}).
 */
@Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKey.MAX_LENGTH,
        pattern = IdempotencyKey.PATTERN, description = IdempotencyKey.DESCRIPTION)
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 100;
    public static final String PATTERN = "^[\\x21-\\x7E]{1,100}$";
    public static final String MESSAGE = "must be 1 to 100 visible ASCII characters";
    /** How the header is documented on each operation that takes it. */
    public static final String DESCRIPTION = "Makes a retry safe (e.g. a UUID per creation): for 24 hours (the default "
            + "retention) the same caller sending the same key and body again gets the first answer and nothing is "
            + "created twice; the key with another body or path answers 409";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private final String value;

    private IdempotencyKey(String value) {
        this.value = value;
    }

    /**
     * The key of a header value.
     *
     * @throws InvalidIdempotencyKey answered 400 with the header named; the value is never echoed
     */
    public static IdempotencyKey valueOf(String header) {
        if (header == null || !VALID.matcher(header).matches()) {
            throw new InvalidIdempotencyKey();
        }
        return new IdempotencyKey(header);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotencyKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
