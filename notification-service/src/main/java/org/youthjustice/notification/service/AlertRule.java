package org.youthjustice.notification.service;

import org.youthjustice.notification.domain.Severity;

import java.util.Map;

/**
 * The rule table: each rule's name (its key under {@code yjs.alerts.rules.<name>}), default severity and texts.
 * Texts name references, worker ids, codes and links only, never a juvenile's personal data; {@code {name}} is
 * replaced by the value the rule supplies.
 */
public enum AlertRule {

    PROVIDER_REGISTERED("provider-registered", Severity.INFO, "New provider agency registered",
            "{name} ({creditCode}) was registered in region {regionCode} and can now be contracted."),
    VISIT_MISSED("visit-missed", Severity.WARNING, "Visit missed in case {reference}",
            "Visit {visitId} of case {reference} (lead worker {workerId}) was due on {dueOn} and was missed. /api/cases/{reference}"),
    VISIT_MISSED_TWICE("visit-missed-twice", Severity.URGENT, "{count} visits missed in a row in case {reference}",
            "Case {reference} (lead worker {workerId}) has missed {count} visits in a row, the last due on {dueOn}. /api/cases/{reference}"),
    VISIT_REMINDER("visit-reminder", Severity.INFO, "Visit {visitId} of case {reference} is due tomorrow",
            "Visit {visitId} of case {reference} is due on {dueOn}. /api/cases/{reference}"),
    RISK_HIGH("risk-high", Severity.URGENT, "Risk of case {reference} is now HIGH",
            "The risk level of case {reference} rose from {previous} to HIGH (lead worker {workerId}). /api/cases/{reference}"),
    REASSIGNMENT_NEEDED("reassignment-needed", Severity.URGENT, "Case {reference} needs a new lead worker",
            "Lead worker {workerId} of case {reference} can no longer carry it: assign another worker. /api/cases/{reference}"),
    CASE_ASSIGNED("case-assigned", Severity.INFO, "Case {reference} assigned to you",
            "You are now the lead worker of case {reference} (office {officeCode}). /api/cases/{reference}"),
    TURNED_18("turned-18", Severity.INFO, "The subject of case {reference} turns 18",
            "The subject of case {reference} turns 18: review the case's jurisdiction and plan. /api/cases/{reference}"),
    CAPACITY_EXCEEDED("capacity-exceeded", Severity.WARNING, "Worker {workerId} is over capacity",
            "Worker {workerId} carries more than their capacity: rebalance the caseload. /api/workers/{workerId}/caseload"),
    QUALIFICATION_EXPIRING("qualification-expiring", Severity.WARNING, "Qualification of worker {workerId} expires on {expiresOn}",
            "The qualification of worker {workerId} expires on {expiresOn}: renew it in time. /api/workers/{workerId}"),
    CONTRACT_EXPIRING("contract-expiring", Severity.WARNING, "Contract {number} is expiring",
            "Contract {number} of {purchaserCode} with provider {providerCode} ends soon: prepare its renewal or successor. /api/contracts/{contractId}"),
    CONTRACT_BUDGET_THRESHOLD("contract-budget-threshold", Severity.WARNING, "Contract {number} passed a budget threshold",
            "Payments of contract {number} passed a threshold of its budget. /api/contracts/{contractId}/payments"),
    CONTRACT_UNDERSTAFFED("contract-understaffed", Severity.WARNING, "Contract {number} is understaffed",
            "Contract {number} has unfilled posts or too many clients per filled post. /api/contracts/{contractId}/coverage"),
    EVALUATION_COMPLETED("evaluation-completed", Severity.INFO, "Evaluation of contract {number} completed",
            "The third-party evaluation of contract {number} is completed. /api/contracts/{contractId}/evaluations");

    private final String key;
    private final Severity severity;
    private final String title;
    private final String body;

    AlertRule(String key, Severity severity, String title, String body) {
        this.key = key;
        this.severity = severity;
        this.title = title;
        this.body = body;
    }

    public String key() {
        return key;
    }

    public Severity defaultSeverity() {
        return severity;
    }

    public String title(Map<String, ?> values) {
        return fill(title, values);
    }

    public String body(Map<String, ?> values) {
        return fill(body, values);
    }

    private static String fill(String template, Map<String, ?> values) {
        String text = template;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }
}
