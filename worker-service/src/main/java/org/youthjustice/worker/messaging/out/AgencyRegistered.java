package org.youthjustice.worker.messaging.out;

/**
 * Data of {@code agency.registered} v1 on {@code workers.v1} (schema in the contracts artifact
 * {@code worker-service-events}). An agency is an organisation: its name and code are public registry facts, not
 * personal data.
 */
public record AgencyRegistered(String creditCode, String name, String regionCode, String status) {

    public static final String TYPE = "agency.registered";
    public static final int VERSION = 1;
}
