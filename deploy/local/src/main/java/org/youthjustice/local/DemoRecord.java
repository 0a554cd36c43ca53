package org.youthjustice.local;

/**
 * One record the demo data creates through the gateway, as the given demo user.
 *
 * @param username a demo user of the local realm, whose role may create the record
 * @param path     the gateway path, e.g. {@code /api/agencies}
 * @param json     the request body
 */
public record DemoRecord(String username, String path, String json) {
}
