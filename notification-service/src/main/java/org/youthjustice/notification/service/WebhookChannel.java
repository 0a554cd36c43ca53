package org.youthjustice.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Webhook;
import org.youthjustice.notification.domain.WebhookStatus;

import java.net.ConnectException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts an alert to a partner's webhook, signed, within {@code yjs.webhooks.timeout}: connects to the address the
 * target check approved (never resolving the name a second time), follows no redirect, reads no answer body.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.timeout().toMillis())
                .setIdleTimeout((int) settings.timeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setForceSni(true)
                .setVerifyHost(true));
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Outcome send(Delivery delivery, Notification notification) {
        Webhook webhook = QuarkusTransaction.requiringNew()
                .call(() -> Webhook.<Webhook>findById(UUID.fromString(delivery.recipient)));
        if (webhook == null || webhook.status != WebhookStatus.ACTIVE) {
            return Outcome.permanentFailure(null, "the webhook was deleted");
        }
        WebhookTargets.Target target;
        try {
            target = targets.check(webhook.url);
        } catch (WebhookTargets.RefusedTarget refused) {
            return Outcome.permanentFailure(null, "refused target: " + refused.getMessage());
        }
        String body;
        try {
            body = json.writeValueAsString(WebhookPayload.of(delivery, notification));
        } catch (JsonProcessingException e) {
            return Outcome.permanentFailure(null, "the alert could not be written as JSON");
        }
        long timestamp = clock.instant().getEpochSecond();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(settings.timeout().toMillis())
                .setIdleTimeout(settings.timeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("Idempotency-Key", delivery.id.toString())
                .putHeader("X-YJS-Event-Id", notification.id.toString())
                .putHeader("X-YJS-Timestamp", Long.toString(timestamp))
                .putHeader("X-YJS-Signature", WebhookSigner.signature(webhook.secret, timestamp, body));
        return answer(post(request, body));
    }

    private Future<Integer> post(RequestOptions options, String body) {
        return client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                // no body handler: setting one on a response already read throws, and the body is not wanted
                .compose(response -> response.end().map(done -> response.statusCode()));
    }

    /** Waits for the answer no longer than the timeout, whatever the connection does. */
    private Outcome answer(Future<Integer> status) {
        try {
            int code = status.toCompletionStage().toCompletableFuture()
                    .get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return outcome(code);
        } catch (TimeoutException e) {
            return Outcome.transientFailure(null, "no answer within " + settings.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.transientFailure(null, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Outcome.transientFailure(null, cause instanceof ConnectException
                    ? "connection failed" : cause.getClass().getSimpleName());
        }
    }

    /** 2xx delivered; 408, 429 and 5xx worth another attempt; any other answer (a redirect too) would fail again. */
    static Outcome outcome(int code) {
        if (code >= 200 && code < 300) {
            return Outcome.delivered(code);
        }
        if (code == 408 || code == 429 || code >= 500) {
            return Outcome.transientFailure(code, "HTTP " + code);
        }
        return Outcome.permanentFailure(code, "HTTP " + code);
    }
}
