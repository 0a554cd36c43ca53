package org.youthjustice.systemtests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The numbers of a fault test, printed before they are asserted, so that a run's log shows what happened even when
 * it passed: {@code [fault] kafka kill -9 during writes: attempted 312, acknowledged 312, ...}.
 */
final class FaultReport {

    private final String fault;
    private final Map<String, Object> numbers = new LinkedHashMap<>();

    FaultReport(String fault) {
        this.fault = fault;
    }

    FaultReport with(String name, Object value) {
        numbers.put(name, value);
        return this;
    }

    void print() {
        System.out.println("[fault] " + fault + ": " + numbers.entrySet().stream()
                .map(number -> number.getKey() + " " + number.getValue()).collect(Collectors.joining(", ")));
    }
}
