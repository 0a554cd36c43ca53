package org.youthjustice.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UpstreamAvailabilityTest {

    private final UpstreamAvailability availability = new UpstreamAvailability(3);

    @Test
    void readyAndUnprobedUntilSomethingFails() {
        assertEquals(UpstreamAvailability.State.READY, availability.state());
        assertFalse(availability.needsProbing());
        assertFalse(availability.down());
    }

    @Test
    void downOnlyAfterTheThresholdOfFailedProbesInARow() {
        availability.probed(false);
        availability.probed(false);
        availability.probed(true);
        availability.probed(false);
        availability.probed(false);
        assertEquals(UpstreamAvailability.State.DOUBTED, availability.state());
        assertFalse(availability.down(), "a slow probe now and then must not cut a busy service off");
        assertTrue(availability.needsProbing());

        availability.probed(false);

        assertTrue(availability.down());
        assertTrue(availability.needsProbing(), "probed while down, so that it comes back by itself");
    }

    @Test
    void theFirstSuccessfulProbeBringsItBack() {
        for (int i = 0; i < 5; i++) {
            availability.probed(false);
        }

        availability.probed(true);

        assertEquals(UpstreamAvailability.State.READY, availability.state());
        assertFalse(availability.needsProbing());
    }

    @Test
    void aFailedExchangeAsksForProbesButNeverMakesItDown() {
        for (int i = 0; i < 10; i++) {
            availability.exchangeFailed();
        }

        assertEquals(UpstreamAvailability.State.DOUBTED, availability.state());
        assertFalse(availability.down());
    }

    @Test
    void aFailedExchangeLeavesADownUpstreamDown() {
        for (int i = 0; i < 3; i++) {
            availability.probed(false);
        }

        availability.exchangeFailed();

        assertTrue(availability.down());
    }
}
