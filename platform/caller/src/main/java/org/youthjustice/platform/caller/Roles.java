package org.youthjustice.platform.caller;

import java.util.Set;

/** The realm roles of Keycloak realm {@code youth-justice}, usable in {@code @RolesAllowed(Roles.ADMIN)}. */
public final class Roles {

    public static final String SOCIAL_WORKER = "social-worker";
    public static final String AGENCY_SUPERVISOR = "agency-supervisor";
    public static final String JUDICIAL_OFFICER = "judicial-officer";
    public static final String COURT_OFFICER = "court-officer";
    public static final String PROCUREMENT_OFFICER = "procurement-officer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    /** Machine clients of partner systems (client credentials). */
    public static final String PARTNER_SYSTEM = "partner-system";

    public static final Set<String> ALL = Set.of(SOCIAL_WORKER, AGENCY_SUPERVISOR, JUDICIAL_OFFICER, COURT_OFFICER,
            PROCUREMENT_OFFICER, AUDITOR, ADMIN, PARTNER_SYSTEM);

    private Roles() {
    }
}
