package org.youthjustice.systemtests;

import org.youthjustice.systemtests.AccessTable.Row;
import org.youthjustice.systemtests.DemoScopes.Relation;

import java.util.HashSet;
import java.util.Set;

/**
 * What a principal's call should get, from the operation's row and the object's relation to the principal (DESIGN.md
 * §5, case-service and worker-service READMEs): a token that does not name the service 401; a role the row does not
 * list 403; a partner system, whatever its roles, 403 on what only a person may do; an object outside the
 * principal's scope, sealed or not there 404; an own object or none: a read 200, a write sent with an empty body
 * refused as input (never 2xx: the matrix changes nothing it owns).
 */
final class AccessRules {

    /**
     * Only a person may do these (case-service README, "Machine clients are machines"; a partner system gets webhooks,
     * not an inbox: notification-service README).
     */
    static final Set<String> PEOPLE_ONLY = Set.of("POST /api/cases/{reference}/identity-reveals",
            "POST /api/cases/{reference}/note-reveals", "POST /api/cases/{reference}/seal",
            "GET /api/notifications", "POST /api/notifications/{id}/acknowledgement",
            "GET /api/notifications/unread-count", "GET /api/notifications/stream",
            "GET /api/notification-preferences/me", "PUT /api/notification-preferences/me");

    /** An allowed write of an own object with an empty body (or a stale If-Match): refused as input, not by role. */
    static final Set<Integer> INPUT_REFUSED = Set.of(400, 409, 412, 422, 428);

    private AccessRules() {
    }

    /**
     * @param nested whether the operation names a second object under the first (a visit of a case, a posting of a
     *               worker): the matrix names one that does not exist, so an own first object answers 404 too
     */
    static Set<Integer> expected(Row row, Principal principal, Relation relation, boolean nested) {
        if (!principal.services().contains(row.service())) {
            return Set.of(401);
        }
        if (!principal.holdsAny(row.roles())) {
            return Set.of(403);
        }
        if (principal.machine() && PEOPLE_ONLY.contains(row.key())) {
            return Set.of(403);
        }
        boolean read = row.method().equals("GET");
        if (row.object().equals("any-worker")) {
            // any worker may be named: the empty body is refused before the worker is looked up
            return INPUT_REFUSED;
        }
        if (relation == Relation.SEALED && row.key().equals("POST /api/cases/{reference}/seal")
                && principal.admin()) {
            // an admin may read a sealed case (with a purpose): sealing it again is a conflict, not a secret
            return Set.of(409);
        }
        if (relation != Relation.OWN) {
            return Set.of(404);
        }
        if (nested) {
            return read ? Set.of(404) : union(INPUT_REFUSED, 404);
        }
        return read ? Set.of(200) : INPUT_REFUSED;
    }

    private static Set<Integer> union(Set<Integer> statuses, int status) {
        Set<Integer> union = new HashSet<>(statuses);
        union.add(status);
        return Set.copyOf(union);
    }

    static boolean refusal(Set<Integer> expected) {
        return expected.equals(Set.of(401)) || expected.equals(Set.of(403));
    }
}
