package org.youthjustice.notification.messaging;

/**
 * The fields this service reads of worker-service's {@code agency.registered} v1 (see
 * worker-service/src/main/resources/events); other fields are ignored.
 */
public record AgencyRegistered(String creditCode, String name, String regionCode) {

    public static final String TYPE = "agency.registered";
}
