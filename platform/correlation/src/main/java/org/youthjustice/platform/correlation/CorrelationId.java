package org.youthjustice.platform.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The correlation id of the work in progress: the id of the HTTP request being served, or of the event being
 * consumed. It lives in the logging MDC so that every log line of that work carries it.
 */
public final class CorrelationId {

    /** HTTP header that carries the id in requests and responses. */
    public static final String HEADER = "X-Request-Id";

    /** Kafka record header that carries the id from a producer to its consumers. */
    public static final String KAFKA_HEADER = "correlation_id";

    /** MDC key, to be used in log formats as {@code %X{correlationId}}. */
    public static final String MDC_KEY = "correlationId";

    public static final int MAX_LENGTH = 128;

    // Ids are echoed into headers and logs, so anything that could split a header or forge a log line is refused.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1," + MAX_LENGTH + "}");

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
