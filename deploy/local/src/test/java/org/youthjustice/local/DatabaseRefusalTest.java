package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseRefusalTest {

    @Test
    void closingAgainAllowsTheLoginsOnlyOnce() {
        AtomicInteger allowed = new AtomicInteger();
        DatabaseRefusal refusal = new DatabaseRefusal(ServiceModule.WORKER, 2, allowed::incrementAndGet);

        refusal.close();
        refusal.close();

        assertEquals(1, allowed.get());
        assertEquals(2, refusal.endedSessions());
    }
}
