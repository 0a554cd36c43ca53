package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An inbox in notification-service, read page by page: the alerts about each subject, each alert counted once by its
 * id, since alerts that arrive during the reading push the older ones (newest first) onto the next page.
 */
final class Inbox {

    private final Caller owner;

    /** @param owner the inbox's owner, calling notification-service */
    Inbox(Caller owner) {
        this.owner = owner;
    }

    /** How many alerts each of the subjects has (0 for none). */
    Map<String, Integer> alertsAbout(Collection<String> subjects) throws IOException {
        Map<String, Set<String>> ids = new HashMap<>();
        for (int page = 0; ; page++) {
            Caller.Answer answer = owner.get("/notifications?size=100&page=" + page);
            if (answer.status() != 200) {
                throw new IOException("the inbox answered " + answer.status() + ": " + answer.body());
            }
            JsonNode items = answer.body().path("items");
            items.forEach(item -> ids.computeIfAbsent(item.path("subjectRef").asText(), subject -> new HashSet<>())
                    .add(item.path("id").asText()));
            if (items.size() < 100) {
                break;
            }
        }
        Map<String, Integer> alerts = new HashMap<>();
        subjects.forEach(subject -> alerts.put(subject, ids.getOrDefault(subject, Set.of()).size()));
        return alerts;
    }
}
