package org.youthjustice.procurement.messaging.in;

/**
 * The fields procurement-service reads of worker-service's {@code agency.registered} v1 on {@code workers.v1}: an
 * organisation, nothing personal. Other fields are ignored.
 */
public record AgencyRegistered(String creditCode, String name, String regionCode, String status) {

    public static final String TYPE = "agency.registered";
}
