package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.youthjustice.systemtests.OpenApiDocument.Operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fuzzer's hostile variants of one valid-looking call: of its JSON body (not JSON, an array, no body, wrong
 * content types, a duplicate and an unknown member, and per member a wrong type, a missing required one, NUL, a lone
 * surrogate, an injection string where the schema restricts the text, numbers and dates out of range, a huge and a
 * deep value), of its path parameters and of its query parameters (wrong types, NUL, lone surrogate, out of range,
 * injection, too long). Deterministic: the same document gives the same variants.
 */
final class Mutations {

    /**
     * One variant. {@code mustRefuse}: it is invalid, so the answer must be a 4xx; otherwise (an injection string in
     * a free-text filter, which is a legitimate if odd search) anything but a 5xx.
     */
    record Fuzz(String what, String path, byte[] body, String contentType, boolean mustRefuse) {
    }

    private static final String INJECTION = "' OR '1'='1'; DROP TABLE juvenile_case; -- <script>alert(1)</script> ${jndi:ldap://x/a}";
    private static final String LONE_SURROGATE_JSON = "\"a\\ud800b\"";
    private static final String NUL_JSON = "\"a\\u0000b\"";
    private static final String DEEP = "[".repeat(5_000) + "]".repeat(5_000);
    private static final String HUGE = "\"" + "a".repeat(2_000_000) + "\"";
    private static final String FAR_INSTANT = "\"+1000000000-12-31T23:59:59Z\"";
    private static final String FAR_DATE = "\"+99999-01-01\"";

    private Mutations() {
    }

    static List<Fuzz> of(Operation operation, String path, JsonNode body, OpenApiDocument document) {
        List<Fuzz> variants = new ArrayList<>();
        if (body != null) {
            variants.addAll(ofBody(operation, path, body, document));
        }
        variants.addAll(ofPath(operation, path, body));
        variants.addAll(ofQuery(operation, path, body, document));
        return variants;
    }

    private static List<Fuzz> ofBody(Operation operation, String path, JsonNode body, OpenApiDocument document) {
        List<Fuzz> variants = new ArrayList<>();
        String json = body.toString();
        variants.add(refused("body not JSON", path, "{\"a\": ", "application/json"));
        variants.add(refused("body an array", path, "[]", "application/json"));
        variants.add(new Fuzz("no body", path, null, "application/json", true));
        variants.add(refused("body as text/plain", path, json, "text/plain"));
        variants.add(refused("body as application/xml", path, "<a>1</a>", "application/xml"));
        variants.add(refused("body as form", path, "a=1", "application/x-www-form-urlencoded"));
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            return variants;
        }
        variants.add(refused("unknown member", path, "{\"zzUnknown\": 1, " + json.substring(1), "application/json"));
        Iterator<Map.Entry<String, JsonNode>> members = object.fields();
        JsonNode schema = operation.bodySchema().orElseThrow();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        boolean first = true;
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String name = member.getKey();
            JsonNode value = member.getValue();
            JsonNode property = document.resolve(schema.path("properties").path(name));
            if (first) {
                variants.add(refused("duplicate " + name, path, "{\"" + name + "\": " + value + ", "
                        + json.substring(1), "application/json"));
                first = false;
            }
            if (required.contains(name)) {
                ObjectNode without = object.deepCopy();
                without.remove(name);
                variants.add(refused("missing " + name, path, without.toString(), "application/json"));
            }
            variants.add(refused(name + " of a wrong type", path, with(object, name, wrongType(value)), "application/json"));
            variants.add(refused(name + " deep", path, with(object, name, DEEP), "application/json"));
            if (value.isTextual()) {
                variants.add(refused(name + " with NUL", path, with(object, name, NUL_JSON), "application/json"));
                variants.add(refused(name + " with a lone surrogate", path, with(object, name, LONE_SURROGATE_JSON),
                        "application/json"));
                variants.add(refused(name + " huge", path, with(object, name, HUGE), "application/json"));
                if (restricted(property)) {
                    variants.add(refused(name + " an injection string", path,
                            with(object, name, quoted(INJECTION)), "application/json"));
                }
                String format = property.path("format").asText();
                if (format.equals("date-time")) {
                    variants.add(refused(name + " far out of range", path, with(object, name, FAR_INSTANT),
                            "application/json"));
                } else if (format.equals("date")) {
                    variants.add(refused(name + " far out of range", path, with(object, name, FAR_DATE),
                            "application/json"));
                }
            } else if (value.isNumber()) {
                variants.add(refused(name + " beyond 64 bits", path, with(object, name, "1" + "0".repeat(30)),
                        "application/json"));
                variants.add(refused(name + " 1e400", path, with(object, name, "1e400"), "application/json"));
            }
        }
        return variants;
    }

    private static List<Fuzz> ofPath(Operation operation, String path, JsonNode body) {
        List<Fuzz> variants = new ArrayList<>();
        String[] segments = path.split("\\?", 2);
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            String value = valueOf(operation, segments[0], name);
            if (value == null) {
                continue;
            }
            for (Map.Entry<String, String> hostile : Map.of("NUL", "a%00b", "a lone surrogate", "a%ED%A0%80b",
                    "an injection string", URLEncoder.encode(INJECTION, StandardCharsets.UTF_8).replace("+", "%20"),
                    "3,000 characters", "A".repeat(3_000)).entrySet()) {
                String mutated = segments[0].replace("/" + value, "/" + hostile.getValue())
                        + (segments.length > 1 ? "?" + segments[1] : "");
                variants.add(new Fuzz("path " + name + " " + hostile.getKey(), mutated, bytes(body),
                        "application/json", true));
            }
        }
        return variants;
    }

    private static List<Fuzz> ofQuery(Operation operation, String path, JsonNode body, OpenApiDocument document) {
        List<Fuzz> variants = new ArrayList<>();
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asText();
            JsonNode schema = document.resolve(parameter.path("schema"));
            String type = schema.path("type").asText();
            List<String[]> values = new ArrayList<>();
            values.add(new String[] {"NUL", "a%00b", "true"});
            values.add(new String[] {"a lone surrogate", "a%ED%A0%80b", "true"});
            switch (type) {
                case "integer", "number" -> {
                    values.add(new String[] {"not a number", "abc", "true"});
                    values.add(new String[] {"a fraction", "1.5", "true"});
                    values.add(new String[] {"beyond 64 bits", "1" + "0".repeat(30), "true"});
                    values.add(new String[] {"negative", "-1", String.valueOf(schema.has("minimum"))});
                }
                case "boolean" -> values.add(new String[] {"not a boolean", "maybe", "true"});
                default -> {
                    boolean restricted = restricted(schema);
                    values.add(new String[] {"an injection string",
                            URLEncoder.encode(INJECTION, StandardCharsets.UTF_8), String.valueOf(restricted)});
                    String format = schema.path("format").asText();
                    if (format.equals("date")) {
                        values.add(new String[] {"an impossible date", "2026-13-45", "true"});
                        values.add(new String[] {"far out of range", "%2B99999-01-01", "true"});
                    } else if (format.equals("date-time")) {
                        values.add(new String[] {"far out of range", "%2B1000000000-12-31T23:59:59Z", "true"});
                    }
                }
            }
            for (String[] value : values) {
                // a required parameter is there already: the mutated one replaces it
                String base = path.replaceAll("([?&])" + name + "=[^&]*&?", "$1").replaceAll("[?&]$", "");
                variants.add(new Fuzz("query " + name + " " + value[0],
                        base + (base.contains("?") ? "&" : "?") + name + "=" + value[1],
                        bytes(body), "application/json", Boolean.parseBoolean(value[2])));
            }
        }
        return variants;
    }

    /**
     * Whether the schema restricts a text so that an injection string cannot fit it: an enum, a format, or a pattern
     * the string does not match (a pattern such as {@code \S}, "not blank", admits free text).
     */
    private static boolean restricted(JsonNode schema) {
        return schema.has("enum") || schema.has("format") || schema.has("pattern")
                && !Pattern.compile(schema.path("pattern").asText()).matcher(INJECTION).find();
    }

    private static String valueOf(Operation operation, String path, String name) {
        String[] template = operation.path().split("/");
        String[] actual = path.split("/");
        for (int i = 0; i < template.length && i < actual.length; i++) {
            if (template[i].equals("{" + name + "}")) {
                return actual[i];
            }
        }
        return null;
    }

    private static String wrongType(JsonNode value) {
        if (value.isTextual()) {
            return "12345";
        }
        if (value.isNumber()) {
            return "\"12\"";
        }
        if (value.isBoolean()) {
            return "\"maybe\"";
        }
        if (value.isArray()) {
            return "\"x\"";
        }
        return "7";
    }

    private static String with(ObjectNode object, String name, String rawValue) {
        ObjectNode copy = object.deepCopy();
        copy.put(name, "__RAW__");
        return copy.toString().replace("\"__RAW__\"", rawValue);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Fuzz refused(String what, String path, String body, String contentType) {
        return new Fuzz(what, path, body.getBytes(StandardCharsets.UTF_8), contentType, true);
    }

    private static byte[] bytes(JsonNode body) {
        return body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
