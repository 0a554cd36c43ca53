package org.youthjustice.notification.domain;

import org.youthjustice.platform.caller.Roles;

/**
 * Who an alert goes to: everyone holding {@code role} whose token carries {@code scope} in the claim that role is
 * scoped by (worker_id, agency_id, office_code, department_code), or every holder of the role when scope is null.
 */
public record Recipient(String role, String scope) {

    public static Recipient worker(String workerId) {
        return new Recipient(Roles.SOCIAL_WORKER, workerId);
    }

    public static Recipient supervisorOf(String agencyCode) {
        return new Recipient(Roles.AGENCY_SUPERVISOR, agencyCode);
    }

    public static Recipient officerOf(String officeCode) {
        return new Recipient(Roles.JUDICIAL_OFFICER, officeCode);
    }

    public static Recipient purchasingOfficerOf(String departmentCode) {
        return new Recipient(Roles.PROCUREMENT_OFFICER, departmentCode);
    }

    public static Recipient everyone(String role) {
        return new Recipient(role, null);
    }
}
