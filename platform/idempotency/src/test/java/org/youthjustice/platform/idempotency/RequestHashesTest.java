package org.youthjustice.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Unit test of the request hash: what a retry must repeat, and what it need not. */
class RequestHashesTest {

    enum Factor { TRUANCY, FAMILY, PEERS }

    record Assessment(String level, Set<Factor> factors, List<String> steps) {
    }

    private final RequestHashes hashes = new RequestHashes(new ObjectMapper());

    @Test
    void theOrderOfASetDoesNotMatterTheOrderOfAListDoes() {
        var first = new Assessment("HIGH", new LinkedHashSet<>(List.of(Factor.PEERS, Factor.TRUANCY)), List.of("a", "b"));
        var sameSet = new Assessment("HIGH", new LinkedHashSet<>(List.of(Factor.TRUANCY, Factor.PEERS)), List.of("a", "b"));
        var otherList = new Assessment("HIGH", new LinkedHashSet<>(List.of(Factor.TRUANCY, Factor.PEERS)), List.of("b", "a"));

        assertEquals(hashes.of(first), hashes.of(sameSet));
        assertNotEquals(hashes.of(first), hashes.of(otherList));
        assertEquals(64, hashes.of(first).length());
    }

    @Test
    void anyFieldChangesTheHash() {
        assertNotEquals(hashes.of(new Assessment("HIGH", Set.of(), List.of())),
                hashes.of(new Assessment("LOW", Set.of(), List.of())));
    }
}
