package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerSentEventsTest {

    private static List<ServerSentEvents.Event> parse(String... lines) {
        ServerSentEvents parser = new ServerSentEvents();
        List<ServerSentEvents.Event> events = new ArrayList<>();
        for (String line : lines) {
            parser.line(line).ifPresent(events::add);
        }
        return events;
    }

    @Test
    void anEventEndsAtTheBlankLineWithItsIdTypeAndData() {
        List<ServerSentEvents.Event> events = parse(": stream of alerts", "", "id: 1234", "event: alert",
                "data: {\"seq\":1234}", "");

        assertEquals(List.of(new ServerSentEvents.Event("1234", "alert", "{\"seq\":1234}")), events);
    }

    @Test
    void heartbeatsAndRetryFieldsAreNoEventsAndDataLinesJoin() {
        List<ServerSentEvents.Event> events = parse(": heartbeat", "", "retry: 3000", "", "data:first",
                "data: second", "");

        assertEquals(List.of(new ServerSentEvents.Event(null, "message", "first\nsecond")), events);
    }

    @Test
    void anEventNotEndedYetIsNotAnswered() {
        assertTrue(parse("id: 1", "event: alert", "data: {}").isEmpty());
    }
}
