package org.youthjustice.local;

/**
 * A port the suite listens on: the part that owns it, the environment variable that moves it and its default
 * (DESIGN.md §7).
 */
public enum PortSetting {
    POSTGRES("postgres", "YJS_POSTGRES_PORT", 15432),
    KAFKA("kafka", "YJS_KAFKA_PORT", 9092),
    KAFKA_CONTROLLER("kafka controller", "YJS_KAFKA_CONTROLLER_PORT", 9093),
    KEYCLOAK("keycloak", "YJS_KEYCLOAK_PORT", 8180),
    CASE_SERVICE("case-service", "YJS_CASE_PORT", 8081),
    WORKER_SERVICE("worker-service", "YJS_WORKER_PORT", 8082),
    PROCUREMENT_SERVICE("procurement-service", "YJS_PROCUREMENT_PORT", 8083),
    NOTIFICATION_SERVICE("notification-service", "YJS_NOTIFICATION_PORT", 8084),
    GATEWAY("gateway", "YJS_GATEWAY_PORT", 8080),
    // Each Quarkus application's management interface: health and metrics, never routed by the gateway (issue 11,
    // item 7)
    CASE_MANAGEMENT("case-service management", "YJS_CASE_MANAGEMENT_PORT", 9081),
    WORKER_MANAGEMENT("worker-service management", "YJS_WORKER_MANAGEMENT_PORT", 9082),
    PROCUREMENT_MANAGEMENT("procurement-service management", "YJS_PROCUREMENT_MANAGEMENT_PORT", 9083),
    NOTIFICATION_MANAGEMENT("notification-service management", "YJS_NOTIFICATION_MANAGEMENT_PORT", 9084),
    GATEWAY_MANAGEMENT("gateway management", "YJS_GATEWAY_MANAGEMENT_PORT", 9080),
    // In the launcher's own JVM: the SMTP server notification-service sends its e-mails to, and the demo partner
    // system that receives its webhooks (issue 14, items 3 and 11)
    SMTP("smtp", "YJS_SMTP_PORT", 3025),
    WEBHOOK_RECEIVER("webhook receiver", "YJS_WEBHOOK_RECEIVER_PORT", 8089);

    private final String part;
    private final String variable;
    private final int defaultPort;

    PortSetting(String part, String variable, int defaultPort) {
        this.part = part;
        this.variable = variable;
        this.defaultPort = defaultPort;
    }

    public String part() {
        return part;
    }

    public String variable() {
        return variable;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
