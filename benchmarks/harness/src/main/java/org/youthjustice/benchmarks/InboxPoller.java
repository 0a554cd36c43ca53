package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One user's inbox ({@code GET /notifications?rule=...&since=...}, newest first), polled in the background: each
 * alert is kept with the arrival of the first answer that listed it. A poll reads further pages while a full page
 * still holds alerts not listed before (alerts that slipped past the first page between two polls), at most
 * {@link #MAX_PAGES}.
 */
final class InboxPoller implements AutoCloseable {

    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 5;

    private final ApiClient api;
    private final String query;
    private final String user;
    private final long pollNanos;
    private final long deadline;
    private final Map<String, AlertSighting> seen = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean closed;
    private volatile int failures;

    private InboxPoller(ApiClient api, String notificationsUrl, String user, String rule, Instant since,
                        long pollNanos, long boundNanos) {
        this.api = api;
        this.query = notificationsUrl + "/notifications?rule=" + URLEncoder.encode(rule, StandardCharsets.UTF_8)
                + "&since=" + since + "&size=" + PAGE_SIZE;
        this.user = user;
        this.pollNanos = pollNanos;
        this.deadline = System.nanoTime() + boundNanos;
        this.poller = new Thread(this::pollUntilClosed, "inbox-" + user);
        poller.setDaemon(true);
    }

    /** Starts polling {@code user}'s alerts of {@code rule} created at or after {@code since}. */
    static InboxPoller start(ApiClient api, String notificationsUrl, String user, String rule, Instant since,
                             long pollNanos, long boundNanos) {
        InboxPoller inbox = new InboxPoller(api, notificationsUrl, user, rule, since, pollNanos, boundNanos);
        inbox.poller.start();
        return inbox;
    }

    /** Alert id → when it was first listed, so far. */
    Map<String, AlertSighting> seen() {
        return Map.copyOf(seen);
    }

    /** Polls that failed or did not answer 200. */
    int failures() {
        return failures;
    }

    private void pollUntilClosed() {
        while (!closed && System.nanoTime() < deadline) {
            try {
                for (int page = 0; page < MAX_PAGES && readPage(page); page++) {
                    // the next page holds older alerts, some perhaps not listed yet
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // a lost poll only delays the sightings it would have made; the next one looks again
                failures++;
            }
            LockSupport.parkNanos(pollNanos);
        }
    }

    /** Reads one page; answers whether the next page may hold alerts not listed yet. */
    private boolean readPage(int page) {
        ApiClient.Answer answer = api.send("GET", query + "&page=" + page, user, null, null);
        if (answer.status() != 200) {
            failures++;
            return false;
        }
        boolean unseen = false;
        int items = 0;
        for (JsonNode item : answer.json().path("items")) {
            items++;
            String id = item.path("id").asText();
            if (!seen.containsKey(id)) {
                unseen = true;
                seen.put(id, new AlertSighting(id, item.path("seq").asLong(), item.path("subjectRef").asText(),
                        Instant.parse(item.path("createdAt").asText()), answer.receivedNanos()));
            }
        }
        return unseen && items == PAGE_SIZE;
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        poller.join(TimeUnit.SECONDS.toMillis(30));
    }
}
