package org.youthjustice.platform.idempotency;

import jakarta.ws.rs.BadRequestException;

/**
 * An {@code Idempotency-Key} header that is not a key. A {@link jakarta.ws.rs.WebApplicationException}, because Jakarta
 * REST passes those on as they are from a header's conversion (any other failure becomes a bare 400 that names
 * nothing); {@link InvalidIdempotencyKeyMapper} answers it as a problem naming the header.
 */
public final class InvalidIdempotencyKey extends BadRequestException {

    InvalidIdempotencyKey() {
        super(IdempotencyKey.HEADER + " " + IdempotencyKey.MESSAGE);
    }
}
