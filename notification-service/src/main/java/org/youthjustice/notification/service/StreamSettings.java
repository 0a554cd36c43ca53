package org.youthjustice.notification.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The live stream's limits ({@code yjs.stream.*}, README "Live stream"). */
@ConfigMapping(prefix = "yjs.stream")
public interface StreamSettings {

    /** How often each open stream gets a heartbeat comment (read by the scheduler from the same key). */
    @WithDefault("15s")
    String heartbeat();

    /** Open streams per caller (token subject); the oldest is closed when one more opens. */
    @WithDefault("5")
    int maxPerCaller();

    /** Open streams of this instance; beyond it a new one is refused with 429. */
    @WithDefault("1000")
    int maxOpen();

    /**
     * How long an alert may take from getting its seq to committing. A seq is taken at insert, so alerts can commit
     * out of seq order: a stream looks back at most this far behind what it sent (deduplicating by seq) so that a
     * late commit is still sent. Longer than the transaction timeout (60 s), after which no transaction commits.
     * Usually a stream stops looking back much sooner: once every transaction that could hold a lower seq has ended.
     */
    @WithDefault("PT2M")
    Duration lateCommitWindow();

    /**
     * The least time a stream looks back even when every transaction that could hold a lower seq has ended: an alert's
     * seq is taken a moment before its transaction gets the id by which PostgreSQL reports it as running.
     */
    @WithDefault("PT2S")
    Duration settleAfter();

    /** How long one event may take to be written to a client before its stream is closed. */
    @WithDefault("PT10S")
    Duration sendTimeout();
}
