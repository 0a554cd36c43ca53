package org.youthjustice.systemtests;

import org.junit.jupiter.api.Order;

/**
 * When the fault tests run ({@code @Order} of their class, see {@code junit-platform.properties}): after every other
 * system test, which keeps the default order, since a fault leaves the suite healthy but its consumers catching up
 * for a while; the crash of PostgreSQL, which every service shares, and the hang behind the gateway last.
 */
final class FaultOrder {

    static final int BROKER_CRASH = Order.DEFAULT + 1;
    static final int SERVICE_CRASH = Order.DEFAULT + 2;
    static final int CONSUMER_CRASH = Order.DEFAULT + 3;
    static final int CONSUMER_DATABASE_OUTAGE = Order.DEFAULT + 4;
    static final int DATABASE_CRASH = Order.DEFAULT + 5;
    static final int HUNG_SERVICE = Order.DEFAULT + 6;

    private FaultOrder() {
    }
}
