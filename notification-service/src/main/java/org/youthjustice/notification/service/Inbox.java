package org.youthjustice.notification.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.UUID;

/**
 * The caller's in-app inbox: alerts addressed to them, to one of their roles as a whole, or to one of their roles
 * within the scope their token's claim for that role names (a supervisor of agency A never sees agency B's).
 */
@ApplicationScoped
@Transactional
public class Inbox {

    /** The claim that scopes each role's alerts (the preferences store it for the e-mail listener too). */
    static final Map<String, Function<Caller, Optional<String>>> SCOPE_OF_ROLE = Map.of(
            Roles.SOCIAL_WORKER, Caller::workerId,
            Roles.AGENCY_SUPERVISOR, Caller::agencyId,
            Roles.JUDICIAL_OFFICER, Caller::officeCode,
            Roles.PROCUREMENT_OFFICER, Caller::departmentCode);

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Notification> list(Optional<Boolean> acknowledged, PageRequest page) {
        String query = addressedToCaller() + acknowledged
                .map(done -> done ? " and acknowledgedAt is not null" : " and acknowledgedAt is null").orElse("");
        var found = Notification.<Notification>find(query, Sort.descending("createdAt").and("id"), recipient());
        return Page.of(found, page);
    }

    public Notification acknowledge(UUID id) {
        Notification notification = Notification.<Notification>find("id = :id and " + addressedToCaller(),
                        recipient().and("id", id))
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No notification " + id + " in your inbox."));
        notification.acknowledge(caller.subject(), Instant.now(clock));
        return notification;
    }

    /** Recipient condition in the query itself, so that nobody else's alert is ever loaded. */
    private String addressedToCaller() {
        StringBuilder condition = new StringBuilder(
                "(recipientSubject = :subject or (recipientRole in :roles and recipientScope is null)");
        List<String> roles = scopedRoles();
        for (int i = 0; i < roles.size(); i++) {
            condition.append(" or (recipientRole = :role").append(i).append(" and recipientScope = :scope").append(i)
                    .append(')');
        }
        return condition.append(')').toString();
    }

    private Parameters recipient() {
        Parameters parameters = Parameters.with("roles", caller.roles()).and("subject", caller.subject());
        List<String> roles = scopedRoles();
        for (int i = 0; i < roles.size(); i++) {
            parameters.and("role" + i, roles.get(i))
                    .and("scope" + i, SCOPE_OF_ROLE.get(roles.get(i)).apply(caller).orElseThrow());
        }
        return parameters;
    }

    /** The caller's roles whose scope claim the token carries, in a fixed order (query and parameters agree). */
    private List<String> scopedRoles() {
        return caller.roles().stream().sorted()
                .filter(role -> SCOPE_OF_ROLE.containsKey(role) && SCOPE_OF_ROLE.get(role).apply(caller).isPresent())
                .toList();
    }
}
