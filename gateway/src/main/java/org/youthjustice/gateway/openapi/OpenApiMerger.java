package org.youthjustice.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.youthjustice.gateway.domain.RouteMatch;
import org.youthjustice.gateway.domain.RouteTable;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the OpenAPI documents of the services into the one document that partner developers read at the gateway.
 * <ul>
 * <li>Paths get the {@value RouteTable#API_BASE} prefix; a path is kept only if the gateway routes it to the
 * service that documents it, so internal endpoints stay out.</li>
 * <li>Components of the same name and the same content are kept once. When services define different components
 * under one name, every one of them is renamed {@code <route>_<name>} and the references in that service's part
 * are rewritten: the result does not depend on which service answered first.</li>
 * <li>Every operation keeps its security requirement (a service's document-wide requirement is copied onto its
 * operations) and may also be called with a token from the {@value #KEYCLOAK_SCHEME} scheme, the OAuth 2
 * authorization code flow with which the Swagger UI gets a token.</li>
 * </ul>
 */
public final class OpenApiMerger {

    static final String KEYCLOAK_SCHEME = "keycloak";

    private static final String COMPONENTS_REF = "#/components/";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final RouteTable routes;
    private final String realmUrl;

    public OpenApiMerger(RouteTable routes, String realmUrl) {
        this.routes = routes;
        this.realmUrl = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
    }

    /**
     * @param documents   each service's document by route name
     * @param unavailable routes whose document could not be fetched
     */
    public JsonObject merge(Map<String, JsonObject> documents, List<String> unavailable) {
        SortedMap<String, JsonObject> byRoute = new TreeMap<>(documents);
        Map<String, Map<String, Map<String, String>>> renames = renames(byRoute);

        JsonObject paths = new JsonObject();
        Map<String, JsonObject> components = new TreeMap<>();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        byRoute.forEach((route, document) -> {
            Map<String, Map<String, String>> renamed = renames.get(route);
            JsonObject own = document.getJsonObject("components", new JsonObject());
            for (String type : own.fieldNames()) {
                JsonObject entries = own.getJsonObject(type);
                for (String name : entries.fieldNames()) {
                    String mergedName = renamed.getOrDefault(type, Map.of()).getOrDefault(name, name);
                    components.computeIfAbsent(type, ignored -> new JsonObject())
                            .put(mergedName, rewrite(entries.getValue(name), renamed));
                }
            }
            JsonArray global = document.getJsonArray("security");
            JsonObject ownPaths = document.getJsonObject("paths", new JsonObject());
            for (String path : new TreeMap<>(ownPaths.getMap()).keySet()) {
                String publicPath = RouteTable.API_BASE + path;
                boolean routedHere = routes.match(publicPath).map(RouteMatch::route)
                        .filter(match -> match.name().equals(route)).isPresent();
                if (routedHere && !paths.containsKey(publicPath)) {
                    JsonObject item = (JsonObject) rewrite(ownPaths.getJsonObject(path), renamed);
                    secureOperations(item, global == null ? null : (JsonArray) rewrite(global, renamed));
                    paths.put(publicPath, item);
                }
            }
            JsonArray ownTags = document.getJsonArray("tags", new JsonArray());
            for (int i = 0; i < ownTags.size(); i++) {
                JsonObject tag = ownTags.getJsonObject(i);
                tags.putIfAbsent(tag.getString("name"), tag);
            }
        });
        components.computeIfAbsent("securitySchemes", ignored -> new JsonObject()).put(KEYCLOAK_SCHEME, keycloak());

        JsonObject merged = new JsonObject()
                .put("openapi", byRoute.values().stream().map(document -> document.getString("openapi"))
                        .filter(version -> version != null).max(String::compareTo).orElse("3.1.0"))
                .put("info", info(byRoute, unavailable));
        if (!tags.isEmpty()) {
            merged.put("tags", new JsonArray(new ArrayList<>(tags.values())));
        }
        merged.put("paths", paths);
        JsonObject mergedComponents = new JsonObject();
        components.forEach(mergedComponents::put);
        merged.put("components", mergedComponents);
        return merged;
    }

    /** For each route, component type and name: the merged name, for names that clash with different content. */
    private static Map<String, Map<String, Map<String, String>>> renames(SortedMap<String, JsonObject> byRoute) {
        Map<String, Map<String, Object>> definitions = new TreeMap<>();
        byRoute.forEach((route, document) -> {
            JsonObject own = document.getJsonObject("components", new JsonObject());
            for (String type : own.fieldNames()) {
                JsonObject entries = own.getJsonObject(type);
                for (String name : entries.fieldNames()) {
                    definitions.computeIfAbsent(type + "/" + name, ignored -> new TreeMap<>())
                            .put(route, entries.getValue(name));
                }
            }
        });
        Map<String, Map<String, Map<String, String>>> renames = new HashMap<>();
        byRoute.keySet().forEach(route -> renames.put(route, new HashMap<>()));
        definitions.forEach((key, byDefiner) -> {
            Object first = byDefiner.values().iterator().next();
            if (byDefiner.values().stream().anyMatch(definition -> !definition.equals(first))) {
                String type = key.substring(0, key.indexOf('/'));
                String name = key.substring(key.indexOf('/') + 1);
                byDefiner.keySet().forEach(route -> renames.get(route)
                        .computeIfAbsent(type, ignored -> new HashMap<>()).put(name, route + "_" + name));
            }
        });
        return renames;
    }

    /** A copy of {@code value} with {@code $ref}s and security requirement names pointing at the merged names. */
    private static Object rewrite(Object value, Map<String, Map<String, String>> renamed) {
        if (value instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            for (String field : object.fieldNames()) {
                Object child = object.getValue(field);
                if (field.equals("$ref") && child instanceof String ref && ref.startsWith(COMPONENTS_REF)) {
                    String[] parts = ref.substring(COMPONENTS_REF.length()).split("/", 2);
                    String name = renamed.getOrDefault(parts[0], Map.of()).getOrDefault(parts[1], parts[1]);
                    copy.put(field, COMPONENTS_REF + parts[0] + "/" + name);
                } else if (field.equals("security") && child instanceof JsonArray requirements) {
                    copy.put(field, renameSchemes(requirements, renamed.getOrDefault("securitySchemes", Map.of())));
                } else {
                    copy.put(field, rewrite(child, renamed));
                }
            }
            return copy;
        }
        if (value instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(rewrite(item, renamed)));
            return copy;
        }
        return value;
    }

    private static JsonArray renameSchemes(JsonArray requirements, Map<String, String> schemes) {
        JsonArray copy = new JsonArray();
        for (int i = 0; i < requirements.size(); i++) {
            JsonObject requirement = requirements.getJsonObject(i);
            JsonObject renamedRequirement = new JsonObject();
            requirement.forEach(entry -> renamedRequirement.put(schemes.getOrDefault(entry.getKey(), entry.getKey()),
                    entry.getValue()));
            copy.add(renamedRequirement);
        }
        return copy;
    }

    /**
     * Gives each operation the service's document-wide requirement if it has none of its own, and offers the
     * Keycloak scheme as an alternative wherever a token is required.
     */
    private static void secureOperations(JsonObject pathItem, JsonArray global) {
        for (String method : pathItem.fieldNames()) {
            if (!OPERATIONS.contains(method)) {
                continue;
            }
            JsonObject operation = pathItem.getJsonObject(method);
            JsonArray security = operation.getJsonArray("security", global);
            if (security == null) {
                continue;
            }
            security = security.copy();
            boolean needsToken = security.stream().anyMatch(requirement -> !((JsonObject) requirement).isEmpty());
            if (needsToken) {
                security.add(new JsonObject().put(KEYCLOAK_SCHEME, new JsonArray()));
            }
            operation.put("security", security);
        }
    }

    private JsonObject keycloak() {
        return new JsonObject()
                .put("type", "oauth2")
                .put("description", "Keycloak, authorization code flow with PKCE (the Swagger UI's client)")
                .put("flows", new JsonObject().put("authorizationCode", new JsonObject()
                        .put("authorizationUrl", realmUrl + "/protocol/openid-connect/auth")
                        .put("tokenUrl", realmUrl + "/protocol/openid-connect/token")
                        .put("refreshUrl", realmUrl + "/protocol/openid-connect/token")
                        .put("scopes", new JsonObject().put("openid", "OpenID Connect"))));
    }

    private static JsonObject info(SortedMap<String, JsonObject> byRoute, List<String> unavailable) {
        StringBuilder description = new StringBuilder(
                "The public API of Youth Justice Support, through the gateway. Every call needs a bearer token of the "
                        + "realm. Merged from the services' documents:");
        byRoute.forEach((route, document) -> description.append("\n- ").append(route).append(": ")
                .append(document.getJsonObject("info", new JsonObject()).getString("title", route)));
        if (!unavailable.isEmpty()) {
            description.append("\n\nNot available right now, so missing here: ")
                    .append(String.join(", ", unavailable.stream().sorted().toList())).append('.');
        }
        return new JsonObject()
                .put("title", "Youth Justice Support API")
                .put("version", "0.1.0")
                .put("description", description.toString());
    }
}
