package org.youthjustice.gateway.rest;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;
import org.youthjustice.gateway.domain.CircuitBreaker;
import org.youthjustice.gateway.domain.RouteMatch;
import org.youthjustice.gateway.domain.RouteTable;
import org.youthjustice.gateway.health.UpstreamWatch;
import org.youthjustice.platform.correlation.CorrelationId;
import org.youthjustice.platform.problem.ProblemDocument;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Shapes one proxied exchange: rewrites the path for the upstream, replaces connection-level and forwarding
 * headers, sends a safe request once more when its connection closed before the answer began, turns an upstream
 * that cannot be reached or does not answer in time into a problem response (and tells the breaker and the
 * {@link UpstreamWatch}), and a full connection queue into 503.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    private static final String UPSTREAM_FAILURE = "gateway.upstream-failure";

    // A full queue drains as fast as the upstream answers: a second is a fair guess, not a promise.
    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    private final RouteMatch match;
    private final String publicPath;
    private final String upstreamUri;
    private final String requestId;
    private final String clientRequestId;
    private final CircuitBreaker breaker;
    private final UpstreamWatch watch;
    private final long maxBodyBytes;
    private LimitedBody limitedBody;

    /** {@code clientRequestId} is the id the client sent, or {@code null}. */
    ForwardingInterceptor(RouteMatch match, String publicPath, String upstreamUri, String requestId,
            String clientRequestId, CircuitBreaker breaker, UpstreamWatch watch, long maxBodyBytes) {
        this.match = match;
        this.publicPath = publicPath;
        this.upstreamUri = upstreamUri;
        this.requestId = requestId;
        this.clientRequestId = clientRequestId;
        this.breaker = breaker;
        this.watch = watch;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        MultiMap headers = request.headers();
        HopByHopHeaders.strip(headers);
        setForwardingHeaders(headers, request.proxiedRequest());
        // the gateway's id is the correlation id upstream (audit rows carry it); the client's own only travels beside
        headers.set(CorrelationId.HEADER, requestId);
        headers.remove(CorrelationId.CLIENT_HEADER);
        if (clientRequestId != null) {
            headers.set(CorrelationId.CLIENT_HEADER, clientRequestId);
        }
        request.setURI(upstreamUri);
        Body body = request.getBody();
        if (body != null && body.length() < 0) {
            // No declared length (BodySizeCheck handled those that have one): count it while it streams.
            limitedBody = new LimitedBody(body.stream(), maxBodyBytes);
            request.setBody(Body.body(limitedBody, -1));
        }
        Future<ProxyResponse> sent = context.sendRequest();
        if (resendable(request.proxiedRequest())) {
            sent = sent.recover(failure -> closedBeforeAnswering(failure) ? resend(context) : Future.failedFuture(failure));
        }
        // The proxy answers a failed exchange with a bare 502; remember why, so the response can explain it.
        return sent.recover(failure -> {
            context.set(UPSTREAM_FAILURE, failure);
            return Future.failedFuture(failure);
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        Throwable failure = context.get(UPSTREAM_FAILURE, Throwable.class);
        if (limitedBody != null && limitedBody.exceeded()) {
            // The caller's fault, not the upstream's: the breaker learns nothing from it.
            breaker.abandoned();
            Problem problem = Problem.payloadTooLarge(publicPath, maxBodyBytes);
            // The rest of the body is not read: closing afterwards spares the gateway from draining it.
            response.request().proxiedRequest().response().putHeader(HttpHeaders.CONNECTION, "close");
            response.setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE)
                    .setBody(Body.body(problem.toBuffer(requestId)));
        } else if (failure instanceof ConnectionPoolTooBusyException) {
            // The gateway's own queue is full: the upstream was not called, so the breaker learns nothing from it
            // (it is already counting the exchanges that hold the connections, if they fail).
            breaker.abandoned();
            Problem problem = Problem.upstreamBusy(match.route().name(), publicPath);
            response.setStatusCode(problem.status())
                    .putHeader(HttpHeaders.RETRY_AFTER, Problem.retryAfter(BUSY_RETRY_AFTER))
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE)
                    .setBody(Body.body(problem.toBuffer(requestId)));
        } else if (failure != null && callerLeft(response)) {
            // The caller closed its connection, so the proxy reset the upstream's request: nothing the upstream did
            // wrong (a phone put away, a load test ending); counting it would open the breaker for everyone.
            breaker.abandoned();
            LOG.debugf("The caller left before %s answered", match.route().name());
        } else if (failure != null) {
            breaker.failed();
            watch.exchangeFailed(match.route().name());
            Problem problem = failure instanceof TimeoutException
                    ? Problem.upstreamTimedOut(match.route().name(), publicPath)
                    : Problem.upstreamUnreachable(match.route().name(), publicPath);
            // A timeout's message names the upstream URI with its query, which may carry personal data.
            LOG.warnf("Upstream %s failed (%d): %s", match.route().name(), problem.status(),
                    failure instanceof TimeoutException ? "no answer within the route's timeout" : failure.toString());
            response.setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE)
                    .setBody(Body.body(problem.toBuffer(requestId)));
        } else {
            breaker.succeeded();
            HopByHopHeaders.strip(response.headers());
            // The response already carries the id the client knows; an upstream echo would duplicate or contradict it.
            response.headers().remove(CorrelationId.HEADER);
        }
        return context.sendResponse();
    }

    private static boolean callerLeft(ProxyResponse response) {
        return response.request().proxiedRequest().response().closed();
    }

    /**
     * A safe request without a body: sending it again cannot do twice what the caller asked once (RFC 9110, 9.2.2),
     * and nothing of it was consumed that could not be sent again.
     */
    private static boolean resendable(HttpServerRequest incoming) {
        HttpMethod method = incoming.method();
        boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        String length = incoming.getHeader(HttpHeaders.CONTENT_LENGTH);
        return safe && (length == null || length.equals("0"))
                && incoming.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    /**
     * The connection closed or was reset before the answer began: typically a pooled keep-alive connection that the
     * upstream (restarted, or idle too long) or the pool's own expiry closed just as it was handed out. A refused
     * connection is no such case: the upstream is down, and trying again at once would not help.
     */
    private static boolean closedBeforeAnswering(Throwable failure) {
        return failure instanceof HttpClosedException
                || failure instanceof IOException && !(failure instanceof ConnectException);
    }

    /** Once more, on another connection and within the same deadline (the origin's), without a body to stream. */
    private static Future<ProxyResponse> resend(ProxyContext context) {
        LOG.debug("Upstream connection closed before answering; sending the request once more");
        context.request().setBody(null);
        return context.sendRequest();
    }

    /**
     * The gateway is the edge: forwarding headers sent by the client are its own claims, so they are replaced by
     * what the gateway saw rather than appended to.
     */
    private static void setForwardingHeaders(MultiMap headers, HttpServerRequest incoming) {
        List<String> claimed = headers.names().stream()
                .filter(name -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    return lower.equals("forwarded") || lower.startsWith("x-forwarded-");
                })
                .toList();
        claimed.forEach(headers::remove);
        if (incoming.remoteAddress() != null) {
            headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
        }
        headers.set("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        headers.set("X-Forwarded-Prefix", RouteTable.API_BASE);
    }
}
