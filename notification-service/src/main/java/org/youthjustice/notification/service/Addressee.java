package org.youthjustice.notification.service;

import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Whose inbox: the token's subject, roles and, for each role scoped by a claim, the scope the token names. Taken
 * from the token once, so that a live stream keeps asking for the same inbox after its request has ended.
 *
 * @param scopes the scope of each of the roles whose claim the token carries, by role, in a fixed order
 */
public record Addressee(String subject, Set<String> roles, Map<String, String> scopes) {

    /** The claim that scopes each role's alerts (and the webhooks and e-mail subscriptions of the role). */
    private static final Map<String, Function<Caller, Optional<String>>> SCOPE_OF_ROLE = Map.of(
            Roles.SOCIAL_WORKER, Caller::workerId,
            Roles.AGENCY_SUPERVISOR, Caller::agencyId,
            Roles.JUDICIAL_OFFICER, Caller::officeCode,
            Roles.COURT_OFFICER, Caller::courtCode,
            Roles.PROCUREMENT_OFFICER, Caller::departmentCode);

    public Addressee {
        roles = Set.copyOf(roles);
        scopes = new TreeMap<>(scopes);
    }

    /** The scope the caller's token names for {@code role}: empty for a role without one or a token without it. */
    public static Optional<String> scopeOf(Caller caller, String role) {
        Function<Caller, Optional<String>> claim = SCOPE_OF_ROLE.get(role);
        return claim == null ? Optional.empty() : claim.apply(caller);
    }

    public static Addressee of(Caller caller) {
        Map<String, String> scopes = new TreeMap<>();
        for (String role : caller.roles()) {
            Function<Caller, Optional<String>> claim = SCOPE_OF_ROLE.get(role);
            if (claim != null) {
                claim.apply(caller).ifPresent(scope -> scopes.put(role, scope));
            }
        }
        return new Addressee(caller.subject(), caller.roles(), scopes);
    }
}
