package org.youthjustice.notification.service;

import org.youthjustice.notification.domain.Severity;

import java.time.Instant;
import java.util.Optional;

/** What a caller narrows their inbox to; each empty part filters nothing. */
public record InboxFilter(Optional<Boolean> acknowledged, Optional<Severity> severity, Optional<String> rule,
        Optional<String> subjectRef, Optional<Instant> since) {

    public static InboxFilter none() {
        return new InboxFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
