package org.youthjustice.systemtests;

import org.youthjustice.local.SuiteSettings;

import java.util.List;
import java.util.Set;

/**
 * A caller of the matrix: a demo user of the local realm or a partner system, with the roles and the services its
 * tokens name (deploy/keycloak/README.md), and the side of the demo data it belongs to (DemoScopes).
 */
record Principal(String name, Set<String> roles, Set<String> services, boolean machine) {

    private static final Set<String> EVERY_SERVICE = Set.of("case", "worker", "procurement", "notification");
    private static final Set<String> PARTNER_SERVICES = Set.of("case", "worker", "notification");

    /** The demo users and partner clients of the local realm: every principal the matrix calls as. */
    static final List<Principal> ALL = List.of(
            user("sw.li", "social-worker"),
            user("sw.chen", "social-worker"),
            user("sw.zhou", "social-worker"),
            user("sup.wang", "agency-supervisor"),
            user("jo.zhao", "judicial-officer"),
            user("court.liu", "court-officer"),
            user("court.he", "court-officer"),
            user("proc.huang", "procurement-officer"),
            user("proc.zheng", "procurement-officer"),
            user("auditor.sun", "auditor"),
            user("admin.ops", "admin"),
            partner("partner-court-gz", "court-officer"),
            partner("partner-court-tianhe", "court-officer"),
            partner("partner-office-yuexiu", "judicial-officer"));

    private static Principal user(String name, String role) {
        return new Principal(name, Set.of(role), EVERY_SERVICE, false);
    }

    private static Principal partner(String clientId, String role) {
        return new Principal(clientId, Set.of("partner-system", role), PARTNER_SERVICES, true);
    }

    boolean holdsAny(Set<String> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    boolean admin() {
        return roles.contains("admin");
    }

    /** A fresh access token: a demo user's password grant, a partner's client credentials (local demo secrets). */
    String token(SuiteSettings suite) {
        return machine ? Keycloak.tokenOfClient(suite, name, "local-demo-secret-" + name) : Keycloak.tokenOf(suite, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
