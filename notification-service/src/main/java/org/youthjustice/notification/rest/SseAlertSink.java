package org.youthjustice.notification.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.service.AlertStream;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A live stream's server-sent events: {@code id: <seq>}, {@code event: alert}, {@code data: <NotificationView>}.
 * Each write is awaited (within the send timeout), so that a client that is gone or reads too slowly ends its stream
 * instead of piling events up in memory.
 */
final class SseAlertSink implements AlertStream.Sink {

    static final String EVENT = "alert";

    private final SseEventSink sink;
    private final Sse sse;
    private final ObjectMapper json;
    private final Duration sendTimeout;
    private final Function<Notification, NotificationView> view;

    SseAlertSink(SseEventSink sink, Sse sse, ObjectMapper json, Duration sendTimeout,
            Function<Notification, NotificationView> view) {
        this.sink = sink;
        this.sse = sse;
        this.json = json;
        this.sendTimeout = sendTimeout;
        this.view = view;
    }

    @Override
    public boolean send(Notification alert) {
        try {
            return write(sse.newEventBuilder().id(String.valueOf(alert.seq)).name(EVENT)
                    .data(json.writeValueAsString(view.apply(alert))).build());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean heartbeat() {
        return write(sse.newEventBuilder().comment("heartbeat").build());
    }

    /** Opens the response at once (a comment), so that the client and the gateway see the stream has begun. */
    boolean begin() {
        return write(sse.newEventBuilder().comment("stream of alerts").build());
    }

    private boolean write(OutboundSseEvent event) {
        if (sink.isClosed()) {
            return false;
        }
        try {
            sink.send(event).toCompletableFuture().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean isClosed() {
        return sink.isClosed();
    }

    @Override
    public void close() {
        sink.close();
    }
}
