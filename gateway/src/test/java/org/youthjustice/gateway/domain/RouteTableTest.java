package org.youthjustice.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Route cases = new Route("case", URI.create("http://127.0.0.1:8081"),
            List.of("/api/cases", "/api/case-imports"), TIMEOUT);
    private final Route workers = new Route("worker", URI.create("http://127.0.0.1:8082"), List.of("/api/workers"),
            TIMEOUT);
    private final RouteTable table = new RouteTable(List.of(cases, workers));

    @Test
    void matchesTheExactPrefixAndPathsBelowIt() {
        assertEquals("case", table.match("/api/cases").orElseThrow().route().name());
        assertEquals("case", table.match("/api/cases/").orElseThrow().route().name());
        assertEquals("case", table.match("/api/cases/GZ-1/visits").orElseThrow().route().name());
        assertEquals("worker", table.match("/api/workers/7").orElseThrow().route().name());
    }

    @Test
    void aLongerNameOrAnotherBaseDoesNotMatch() {
        assertTrue(table.match("/api/casesX").isEmpty());
        assertTrue(table.match("/api/case").isEmpty());
        assertTrue(table.match("/api").isEmpty());
        assertTrue(table.match("/cases").isEmpty());
        assertTrue(table.match("/apicases").isEmpty());
    }

    @Test
    void theLongestPrefixWins() {
        Route imports = new Route("imports", URI.create("http://127.0.0.1:9000"), List.of("/api/cases/imports"),
                TIMEOUT);
        RouteTable withImports = new RouteTable(List.of(cases, imports));

        assertEquals("imports", withImports.match("/api/cases/imports/1").orElseThrow().route().name());
        assertEquals("case", withImports.match("/api/cases/GZ-1").orElseThrow().route().name());
    }

    @Test
    void stripsApiAndKeepsTheUpstreamBasePath() {
        assertEquals("/cases/GZ-1", table.match("/api/cases/GZ-1").orElseThrow().upstreamPath("/api/cases/GZ-1"));

        Route behindPath = new Route("case", URI.create("https://cases.internal/svc/"), List.of("/api/cases"),
                TIMEOUT);
        RouteMatch match = new RouteTable(List.of(behindPath)).match("/api/cases").orElseThrow();
        assertEquals("/svc/cases", match.upstreamPath("/api/cases"));
        assertEquals(443, behindPath.port());
        assertTrue(behindPath.secure());
    }

    @Test
    void refusesAPrefixClaimedByTwoServices() {
        Route alsoCases = new Route("other", URI.create("http://127.0.0.1:9000"), List.of("/api/cases"), TIMEOUT);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RouteTable(List.of(cases, alsoCases)));
        assertTrue(refused.getMessage().contains("/api/cases"));
    }

    @Test
    void refusesPrefixesAndUrlsThatCannotBeForwarded() {
        URI url = URI.create("http://127.0.0.1:8081");
        assertThrows(IllegalArgumentException.class, () -> new Route("case", url, List.of("/cases"), TIMEOUT));
        assertThrows(IllegalArgumentException.class, () -> new Route("case", url, List.of("/api/cases/"), TIMEOUT));
        assertThrows(IllegalArgumentException.class, () -> new Route("case", url, List.of("/api/"), TIMEOUT));
        assertThrows(IllegalArgumentException.class, () -> new Route("case", url, List.of(), TIMEOUT));
        assertThrows(IllegalArgumentException.class,
                () -> new Route("case", URI.create("ftp://127.0.0.1"), List.of("/api/cases"), TIMEOUT));
        assertThrows(IllegalArgumentException.class,
                () -> new Route("case", URI.create("http://user:secret@127.0.0.1"), List.of("/api/cases"), TIMEOUT));
        assertThrows(IllegalArgumentException.class,
                () -> new Route("case", url, List.of("/api/cases"), Duration.ZERO));
    }
}
