package org.youthjustice.local;

/**
 * One request the demo data makes through the gateway, as the given demo user.
 *
 * @param username  a demo user of the local realm, whose role may make the request
 * @param method    {@code POST}, {@code PUT} or {@code DELETE}
 * @param path      the gateway path, e.g. {@code /api/agencies}; {@code {name}} stands for a value saved by an
 *                  earlier record
 * @param json      the request body, or null
 * @param ifMatchOf a path whose {@code ETag} is sent as {@code If-Match}, or null
 * @param saveAs    the name under which the {@link #savedField} of the answer is saved, or null
 * @param savedField the member of the answer that {@code saveAs} saves: {@code reference} (a case) or {@code id} (a
 *                  contract, a payment: records the server names with a UUID)
 * @param eventual  the request depends on an event another service has yet to consume: a 422 is retried for a while
 */
public record DemoRecord(String username, String method, String path, String json, String ifMatchOf, String saveAs,
                         String savedField, boolean eventual) {

    static final String REFERENCE = "reference";
    static final String ID = "id";

    /** A record created with {@code POST}. */
    public DemoRecord(String username, String path, String json) {
        this(username, "POST", path, json, null, null, REFERENCE, false);
    }

    public static DemoRecord post(String username, String path, String json) {
        return new DemoRecord(username, path, json);
    }

    public static DemoRecord put(String username, String path, String json) {
        return new DemoRecord(username, "PUT", path, json, null, null, REFERENCE, false);
    }

    public DemoRecord ifMatchOf(String etagPath) {
        return new DemoRecord(username, method, path, json, etagPath, saveAs, savedField, eventual);
    }

    /**
     * Saves the created record's {@code reference} as {@code name}; when it is there already (409), the conflict's
     * {@code existingReference}, and then the records that use {@code name} are skipped: they were made with it.
     */
    public DemoRecord savingAs(String name) {
        return new DemoRecord(username, method, path, json, ifMatchOf, name, REFERENCE, eventual);
    }

    /**
     * Saves the created record's {@code id} as {@code name}, for records the server names with a UUID (a contract, a
     * payment); when it is there already (409), the records that use {@code name} are skipped, as with
     * {@link #savingAs}.
     */
    public DemoRecord savingIdAs(String name) {
        return new DemoRecord(username, method, path, json, ifMatchOf, name, ID, eventual);
    }

    public DemoRecord afterEvents() {
        return new DemoRecord(username, method, path, json, ifMatchOf, saveAs, savedField, true);
    }
}
