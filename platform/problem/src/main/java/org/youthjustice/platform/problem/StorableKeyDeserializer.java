package org.youthjustice.platform.problem;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;

/**
 * Reads the member names of a JSON object taken as a {@code Map<String, ...>}: like every other text, a name must be
 * {@link StorableText storable}, or a {@code \u0000} in a key would reach PostgreSQL and answer 500.
 */
final class StorableKeyDeserializer extends KeyDeserializer {

    static final String NAME_MESSAGE = "member names " + StorableText.MESSAGE;

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
        if (!StorableText.isStorable(key)) {
            throw new RefusedJsonValue(context.getParser(), String.class, StorableText.CODE, NAME_MESSAGE);
        }
        return key;
    }
}
