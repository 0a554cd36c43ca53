package org.youthjustice.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityTagsTest {

    @Test
    void theETagOfAVersionIsReadBackFromIfMatchStrongOrWeak() {
        String header = EntityTags.of(7).toString();

        assertEquals(OptionalInt.of(7), EntityTags.required(header));
        assertEquals(OptionalInt.of(7), EntityTags.required("W/" + header));
        assertEquals(OptionalInt.empty(), EntityTags.required("*"));
    }

    @Test
    void aMissingIfMatchIs428AndAMalformedOne412() {
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.required(null)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.required("\"seven\"")).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.optional("7")).status());
        assertEquals(OptionalInt.empty(), EntityTags.optional(null));
    }
}
