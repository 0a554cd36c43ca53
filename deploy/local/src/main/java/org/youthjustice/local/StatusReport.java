package org.youthjustice.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code deploy/local/run status} prints: each process of the suite with its own state, and on a line of its
 * own the gateway's readiness, which is DOWN whenever a service behind it is (so it never stands for the gateway's
 * own state).
 */
final class StatusReport {

    /** The state of one process, from its own checks only. */
    enum State {
        /** Our process answers its readiness check (the gateway: its liveness). */
        UP("up"),
        /** Our process is alive and says so, but not ready (e.g. a service whose database is down). */
        NOT_READY("not ready"),
        /** Our process runs but does not answer: still starting, or hung. */
        NO_ANSWER("no answer"),
        /** No process of this suite, and nothing on its port. */
        DOWN("down"),
        /** No process of this suite, but another program listens on its port. */
        PORT_TAKEN("port taken");

        private final String label;

        State(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A line of the table; {@code pid} is empty when no process of this suite runs. */
    record Part(String name, State state, int port, Optional<Long> pid) {
    }

    private StatusReport() {
    }

    /**
     * @param ours      the recorded process of this part still runs
     * @param listening something listens on the part's port
     * @param live      the part answers that it is alive
     * @param ready     the part answers that it is ready
     */
    static State state(boolean ours, boolean listening, boolean live, boolean ready) {
        if (!ours) {
            return listening ? State.PORT_TAKEN : State.DOWN;
        }
        if (ready) {
            return State.UP;
        }
        return live ? State.NOT_READY : State.NO_ANSWER;
    }

    static String render(String launcher, List<Part> parts, String gatewayReadiness) {
        StringBuilder text = new StringBuilder(launcher).append('\n');
        text.append(String.format(Locale.ROOT, "  %-22s %-10s %-6s %s%n", "part", "state", "port", "pid"));
        for (Part part : parts) {
            text.append(String.format(Locale.ROOT, "  %-22s %-10s %-6d %s%n", part.name(), part.state().label(),
                    part.port(), part.pid().map(String::valueOf).orElse("-")));
        }
        return text.append(gatewayReadiness).append('\n').toString();
    }

    /**
     * The gateway's aggregated readiness from its {@code /q/health/ready} answer (SmallRye Health JSON), naming what
     * is not ready behind it; {@code answer} is empty when the gateway did not answer.
     */
    static String gatewayReadiness(Optional<Readiness.Answer> answer) {
        String line = "gateway readiness (every service behind it): ";
        if (answer.isEmpty()) {
            return line + "unknown, the gateway does not answer";
        }
        if (answer.get().status() == 200) {
            return line + "UP";
        }
        List<String> notReady = notReady(answer.get().body());
        return line + "DOWN" + (notReady.isEmpty() ? " (answered " + answer.get().status() + ")"
                : ", not ready: " + String.join(", ", notReady));
    }

    /** The routes a DOWN check lists as DOWN, or the check's own name when it lists none. */
    private static List<String> notReady(String body) {
        List<String> names = new ArrayList<>();
        JsonNode health;
        try {
            health = new ObjectMapper().readTree(body);
        } catch (IOException e) {
            return names;
        }
        for (JsonNode check : health.path("checks")) {
            if (!"DOWN".equals(check.path("status").asText())) {
                continue;
            }
            List<String> down = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : check.path("data").properties()) {
                if ("DOWN".equals(entry.getValue().asText())) {
                    down.add(entry.getKey());
                }
            }
            names.addAll(down.isEmpty() ? List.of(check.path("name").asText("?")) : down);
        }
        return names;
    }
}
