package org.youthjustice.notification.messaging.in;

/**
 * The fields notification-service reads of worker-service's {@code agency.registered} v1 on {@code workers.v1};
 * other fields are ignored.
 */
public record AgencyRegistered(String creditCode, String name, String regionCode) {

    public static final String TYPE = "agency.registered";
}
