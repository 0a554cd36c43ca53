package org.youthjustice.notification.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.DeliveryAttempt;
import org.youthjustice.notification.domain.DeliveryStatus;
import org.youthjustice.notification.domain.Webhook;
import org.youthjustice.notification.domain.WebhookStatus;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Partner systems' webhooks: registered by an admin for any (role, scope), or by a partner client for one of its own
 * staff roles within its own scope; a partner sees and manages its own only (another's answers 404).
 */
@ApplicationScoped
@Transactional
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    WebhookTargets targets;

    @Inject
    Event<DeliveriesDue> due;

    @Inject
    Event<DeliveryTargets.Changed> targetsChanged;

    /** What a registration asks for, already valid in form. */
    public record Registration(String url, String recipientRole, String recipientScope, List<String> rules,
            String description) {
    }

    public Webhook register(Registration registration) {
        mayRegisterFor(registration.recipientRole(), registration.recipientScope());
        try {
            targets.check(registration.url());
        } catch (WebhookTargets.RefusedTarget refused) {
            throw ProblemException.unprocessable("The webhook's URL is not an allowed target.",
                    List.of(new FieldError("url", "target", refused.getMessage())));
        }
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.url = registration.url();
        webhook.recipientRole = registration.recipientRole();
        webhook.recipientScope = registration.recipientScope();
        webhook.rules = registration.rules() == null ? List.of() : List.copyOf(registration.rules());
        webhook.description = registration.description();
        webhook.status = WebhookStatus.ACTIVE;
        webhook.secret = newSecret();
        webhook.secretHint = webhook.secret.substring(webhook.secret.length() - 4);
        webhook.createdBy = caller.subject();
        webhook.createdAt = Instant.now(clock);
        webhook.persist();
        targetsChanged.fire(new DeliveryTargets.Changed());
        return webhook;
    }

    /** An admin registers for any (role, scope); a partner client for a staff role it holds, within its own scope. */
    private void mayRegisterFor(String role, String scope) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        Optional<String> own = caller.hasRole(role)
                ? Addressee.scopeOf(caller, role) : Optional.empty();
        if (own.isEmpty() || !own.get().equals(scope)) {
            throw new ForbiddenException("A partner system registers webhooks for its own role and scope only.");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Webhook> list(PageRequest page) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        return caller.hasRole(Roles.ADMIN)
                ? Page.of(Webhook.findAll(newestFirst), page)
                : Page.of(Webhook.find("createdBy", newestFirst, caller.subject()), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Webhook find(UUID id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null || !(caller.hasRole(Roles.ADMIN) || webhook.createdBy.equals(caller.subject()))) {
            throw ProblemException.notFound("No webhook " + id + " of yours.");
        }
        return webhook;
    }

    /** Deleting deactivates: nothing more is planned for it, and its log stays readable. */
    public void deactivate(UUID id) {
        find(id).deactivate(Instant.now(clock));
        targetsChanged.fire(new DeliveryTargets.Changed());
    }

    /** A delivery of the webhook with its attempts. */
    public record LoggedDelivery(Delivery delivery, List<DeliveryAttempt> attempts) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LoggedDelivery> deliveries(UUID id, Optional<DeliveryStatus> status, PageRequest page) {
        Webhook webhook = find(id);
        Sort newestFirst = Sort.descending("createdAt").and("id");
        Page<Delivery> found = status
                .map(s -> Page.of(Delivery.<Delivery>find("channel = ?1 and recipient = ?2 and status = ?3",
                        newestFirst, Channel.WEBHOOK, webhook.id.toString(), s), page))
                .orElseGet(() -> Page.of(Delivery.<Delivery>find("channel = ?1 and recipient = ?2", newestFirst,
                        Channel.WEBHOOK, webhook.id.toString()), page));
        List<DeliveryAttempt> attempts = found.items().isEmpty() ? List.of()
                : DeliveryAttempt.list("deliveryId in ?1", Sort.ascending("attempt"),
                        found.items().stream().map(d -> d.id).toList());
        return found.map(d -> new LoggedDelivery(d,
                attempts.stream().filter(a -> a.deliveryId.equals(d.id)).toList()));
    }

    /**
     * A failed delivery is due again now, with a new retry window; its attempts so far stay in the log.
     *
     * @throws ProblemException 409 unless it failed
     */
    public LoggedDelivery replay(UUID id, UUID deliveryId) {
        Webhook webhook = find(id);
        Delivery delivery = Delivery.<Delivery>find("id = ?1 and channel = ?2 and recipient = ?3", deliveryId,
                Channel.WEBHOOK, webhook.id.toString()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No delivery " + deliveryId + " of webhook " + id + "."));
        if (delivery.status != DeliveryStatus.FAILED) {
            throw ProblemException.conflict("Only a failed delivery can be replayed; this one is " + delivery.status
                    + ".");
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.notBefore = Instant.now(clock);
        delivery.retryFrom = null;
        delivery.finishedAt = null;
        delivery.leasedUntil = null;
        due.fire(new DeliveriesDue());
        return new LoggedDelivery(delivery, DeliveryAttempt.list("deliveryId", Sort.ascending("attempt"), delivery.id));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
