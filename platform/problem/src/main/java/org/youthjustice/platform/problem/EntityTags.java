package org.youthjustice.platform.problem;

import jakarta.ws.rs.core.EntityTag;

import java.util.OptionalInt;

/**
 * The {@code ETag} of a versioned resource ({@code @Version}) and the version an {@code If-Match} header expects,
 * with 428 for a missing and 412 for a malformed precondition: optimistic locking as CONVENTIONS.md asks.
 */
public final class EntityTags {

    /** How an answer's {@code ETag} header is documented in OpenAPI. */
    public static final String DOCUMENTED = "The version of the resource as answered; send it as If-Match to change it";

    private EntityTags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The version {@code If-Match} names, or empty for {@code *}; a missing header answers 428. */
    public static OptionalInt required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send If-Match with the ETag you read.");
        }
        return optional(ifMatch);
    }

    /** The version {@code If-Match} names, or empty when the header is absent or {@code *}. */
    public static OptionalInt optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalInt.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw ProblemException.preconditionFailed("If-Match does not name an ETag of this resource.");
        }
        try {
            return OptionalInt.of(Integer.parseInt(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match does not name an ETag of this resource.");
        }
    }
}
