package org.youthjustice.platform.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The correlation id of the work in progress: the id of the HTTP request being served, or of the event being
 * consumed. It lives in the logging MDC so that every log line of that work carries it.
 * <p>
 * Plain Java (platform-correlation-core), so that the gateway, which has no Jakarta REST, issues its ids by the same
 * rules as the services' filters (platform-correlation) accept them.
 */
public final class CorrelationId {

    /** HTTP header that carries the id in requests and responses. */
    public static final String HEADER = "X-Request-Id";

    /**
     * HTTP header in which the gateway passes on the id a client chose for its request: logged as the client's, never
     * taken as the correlation id.
     */
    public static final String CLIENT_HEADER = "X-Client-Request-Id";

    /** MDC key of the client's own request id, when it sent one. */
    public static final String CLIENT_MDC_KEY = "clientRequestId";

    /** Kafka record header that carries the id from a producer to its consumers. */
    public static final String KAFKA_HEADER = "correlation_id";

    /** MDC key, to be used in log formats as {@code %X{correlationId}}. */
    public static final String MDC_KEY = "correlationId";

    public static final int MAX_LENGTH = 128;

    // Ids are echoed into headers and logs, so anything that could split a header or forge a log line is refused.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1," + MAX_LENGTH + "}");

    // What the gateway and generate() issue: a random UUID, lower case
    private static final Pattern ISSUED = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CorrelationId() {
    }

    /** The id of the current request or event, if one is being served on this thread or Vert.x context. */
    public static Optional<String> current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? Optional.empty() : Optional.of(id.toString());
    }

    /** A fresh id, for work that no request started (scheduled jobs, relays). */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /** Whether an id received from outside may be kept as it is. */
    public static boolean isSane(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches();
    }

    /**
     * Whether a received {@value #HEADER} has the form of the ids that the gateway issues, and may be the correlation
     * id of an HTTP request; any other value is the client's own choice.
     */
    public static boolean isIssued(String candidate) {
        return candidate != null && ISSUED.matcher(candidate).matches();
    }

    /** The id the client chose for the request being served, if it sent a sane one. */
    public static Optional<String> client() {
        Object id = MDC.get(CLIENT_MDC_KEY);
        return id == null ? Optional.empty() : Optional.of(id.toString());
    }

    /** The received id if it is sane, otherwise a fresh one. */
    public static String acceptOrGenerate(String candidate) {
        return isSane(candidate) ? candidate : generate();
    }

    /**
     * Runs {@code work} with {@code id} as the current correlation id (an insane or missing id is replaced by a
     * fresh one), then restores whatever id was current before.
     */
    public static void runWith(String id, Runnable work) {
        callWith(id, () -> {
            work.run();
            return null;
        });
    }

    /** As {@link #runWith(String, Runnable)}, returning the result of {@code work}. */
    public static <T> T callWith(String id, Supplier<T> work) {
        Object previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, acceptOrGenerate(id));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
