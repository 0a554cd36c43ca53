package org.youthjustice.platform.problem;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;

/**
 * Finds the member that a JSON body repeats, from the failure the parser raises under
 * {@code STRICT_DUPLICATE_DETECTION} ({@link StrictJson}). Jackson has no exception type of its own for it: the
 * parser's {@code JsonParseException} says {@code Duplicate field '...'}, and when the repeat is inside a nested
 * object it arrives wrapped in the failure of the enclosing property. The parser still holds the position it
 * refused, which names the member as the client sent it ({@code items[1].creditCode}).
 */
final class DuplicateMember {

    private static final String PARSER_MESSAGE = "Duplicate field '";

    private DuplicateMember() {
    }

    /** The path of the repeated member, if that is why the body could not be read. */
    static Optional<String> in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof StreamReadException refused && refused.getProcessor() != null
                    && refused.getOriginalMessage() != null
                    && refused.getOriginalMessage().startsWith(PARSER_MESSAGE)) {
                return Optional.of(path(refused.getProcessor().getParsingContext()));
            }
        }
        return Optional.empty();
    }

    private static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + context.getCurrentIndex() + "]";
        }
        return parent.isEmpty() ? context.getCurrentName() : parent + "." + context.getCurrentName();
    }
}
