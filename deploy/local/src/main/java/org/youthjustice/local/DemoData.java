package org.youthjustice.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo data of a local run, created as a real API client would: a token from Keycloak (password grant of the
 * {@code cli} client), then requests through the gateway. A record that is already there (409) counts as done, so
 * loading again after a restart changes nothing.
 */
public final class DemoData {

    /**
     * What a fresh suite contains, in the order it is created. A feature adds its demo records to
     * {@link DemoCatalogue}, after the records they refer to.
     */
    public static final List<DemoRecord> RECORDS = DemoCatalogue.RECORDS;

    /** The password of every demo user of the local realm. */
    public static final String DEMO_PASSWORD = "demo";
    public static final String CLI_CLIENT = "cli";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How long a record that depends on another service's consumption of an event is retried. */
    private static final Duration EVENTUAL_WAIT = Duration.ofSeconds(90);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private final URI gateway;
    private final URI tokenEndpoint;
    private final List<DemoRecord> records;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    DemoData(URI gateway, URI tokenEndpoint, List<DemoRecord> records) {
        this.gateway = gateway;
        this.tokenEndpoint = tokenEndpoint;
        this.records = records;
    }

    public static DemoData forSuite(SuiteSettings settings) {
        return new DemoData(URI.create(settings.gatewayUrl()), URI.create(settings.tokenUrl()), RECORDS);
    }

    /** Creates every record that is not there yet; returns how many were created. */
    public int load() {
        Map<String, String> saved = new HashMap<>();
        Set<String> existing = new HashSet<>();
        int created = 0;
        for (DemoRecord record : records) {
            if (usesAny(record, existing)) {
                continue;
            }
            String path = resolve(record.path(), saved);
            HttpResponse<String> response = sendWithRetry(record, path, saved);
            if (response.statusCode() / 100 == 2) {
                created++;
                if (record.saveAs() != null) {
                    saved.put(record.saveAs(), field(response, record.savedField(), record));
                }
            } else if (response.statusCode() == 409) {
                if (record.saveAs() != null) {
                    // the records that use the name are skipped, so a conflict that does not name the record
                    // (a contract's number taken) needs no value
                    if (record.savedField().equals(DemoRecord.REFERENCE)) {
                        saved.put(record.saveAs(), field(response, "existingReference", record));
                    }
                    existing.add(record.saveAs());
                }
            } else {
                throw failure(record, path, response);
            }
        }
        return created;
    }

    private HttpResponse<String> sendWithRetry(DemoRecord record, String path, Map<String, String> saved) {
        long deadline = System.nanoTime() + EVENTUAL_WAIT.toNanos();
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token(record.username()))
                    .header("Accept", "application/json");
            if (record.ifMatchOf() != null) {
                request.header("If-Match", etagOf(record, resolve(record.ifMatchOf(), saved)));
            }
            if (record.json() == null) {
                request.method(record.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(record.method(), HttpRequest.BodyPublishers.ofString(record.json()));
            }
            HttpResponse<String> response = send(request.build());
            if (response.statusCode() != 422 || !record.eventual() || System.nanoTime() > deadline) {
                return response;
            }
            pause();
        }
    }

    private String etagOf(DemoRecord record, String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(record.username()))
                .header("Accept", "application/json").GET().build());
        return response.headers().firstValue("ETag").filter(tag -> response.statusCode() == 200)
                .orElseThrow(() -> new SuiteStartException("demo data: GET " + path + " as " + record.username()
                        + " answered " + response.statusCode() + " without an ETag: " + response.body()));
    }

    private static boolean usesAny(DemoRecord record, Set<String> names) {
        return names.stream().anyMatch(name -> record.path().contains("{" + name + "}")
                || (record.ifMatchOf() != null && record.ifMatchOf().contains("{" + name + "}")));
    }

    private static String resolve(String path, Map<String, String> saved) {
        Matcher placeholder = PLACEHOLDER.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String value = saved.get(placeholder.group(1));
            if (value == null) {
                throw new SuiteStartException("demo data: " + path + " uses " + placeholder.group()
                        + ", which no earlier record saved");
            }
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(resolved).toString();
    }

    private static String field(HttpResponse<String> response, String name, DemoRecord record) {
        try {
            JsonNode value = JSON.readTree(response.body()).path(name);
            if (value.isTextual()) {
                return value.asText();
            }
        } catch (IOException e) {
            // reported below with the body
        }
        throw new SuiteStartException("demo data: " + record.method() + " " + record.path() + " as "
                + record.username() + " answered " + response.statusCode() + " without " + name + ": "
                + response.body());
    }

    private static SuiteStartException failure(DemoRecord record, String path, HttpResponse<String> response) {
        return new SuiteStartException("demo data: " + record.method() + " " + path + " as " + record.username()
                + " answered " + response.statusCode() + ": " + response.body());
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartException("demo data: interrupted", e);
        }
    }

    /**
     * A request through the gateway as a demo user, for a demo step that reads the answer itself (the notification
     * preferences and the webhook, which tolerate a service without them).
     */
    HttpResponse<String> call(String username, String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(username))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, this::requestToken);
    }

    private String requestToken(String username) {
        String form = "grant_type=password&client_id=" + CLI_CLIENT
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + DEMO_PASSWORD;
        HttpResponse<String> response = send(HttpRequest.newBuilder(tokenEndpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new SuiteStartException("demo data: Keycloak refused a token for " + username + " ("
                    + response.statusCode() + "): " + response.body());
        }
        try {
            JsonNode token = JSON.readTree(response.body()).path("access_token");
            if (!token.isTextual()) {
                throw new SuiteStartException("demo data: the token response for " + username + " has no access_token");
            }
            return token.asText();
        } catch (IOException e) {
            throw new SuiteStartException("demo data: the token response for " + username + " is not JSON", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SuiteStartException("demo data: " + request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartException("demo data: interrupted", e);
        }
    }
}
