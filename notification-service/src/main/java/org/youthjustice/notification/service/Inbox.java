package org.youthjustice.notification.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The caller's in-app inbox: alerts addressed to one of their roles or to them. */
@ApplicationScoped
@Transactional
public class Inbox {

    /** Recipient condition in the query itself, so that nobody else's alert is ever loaded. */
    private static final String ADDRESSED_TO_CALLER = "(recipientRole in :roles or recipientSubject = :subject)";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Notification> list(Optional<Boolean> acknowledged, PageRequest page) {
        String query = ADDRESSED_TO_CALLER + acknowledged
                .map(done -> done ? " and acknowledgedAt is not null" : " and acknowledgedAt is null").orElse("");
        var found = Notification.<Notification>find(query, Sort.descending("createdAt").and("id"), recipient());
        return Page.of(found, page);
    }

    public Notification acknowledge(UUID id) {
        Notification notification = Notification.<Notification>find("id = :id and " + ADDRESSED_TO_CALLER,
                        recipient().and("id", id))
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No notification " + id + " in your inbox."));
        notification.acknowledge(caller.subject(), Instant.now(clock));
        return notification;
    }

    private Parameters recipient() {
        return Parameters.with("roles", caller.roles()).and("subject", caller.subject());
    }
}
