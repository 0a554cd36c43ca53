package org.youthjustice.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessLogTest {

    @Test
    void aLineNamesTheRouteStatusDurationClientAndBothIds() {
        assertEquals("GET /api/cases 200 12.3ms client=mobile-app requestId=r-1 clientRequestId=-",
                AccessLog.line("GET", "/api/cases", 200, 12_345_678, "mobile-app", "r-1", "-"));
    }

    @Test
    void aDurationBelowATenthOfAMillisecondIsZero() {
        assertEquals("POST /api/? 404 0.0ms client=- requestId=r-2 clientRequestId=c-9",
                AccessLog.line("POST", "/api/?", 404, 99_999, "-", "r-2", "c-9"));
    }
}
