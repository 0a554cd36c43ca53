package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The realm files against the rules a realm import does not check (INFRA.md gotchas, DESIGN.md §5 and §6c).
 * Keycloak itself was started with them by hand: see deploy/keycloak/README.md.
 */
class RealmFileTest {

    private static final Path KEYCLOAK = Path.of(System.getProperty("basedir", ".")).resolve("../keycloak");
    private static final List<String> ROLES = List.of("social-worker", "agency-supervisor", "judicial-officer",
            "court-officer", "procurement-officer", "auditor", "admin", "partner-system");
    private static final List<String> SCOPE_CLAIMS = List.of("worker_id", "agency_id", "office_code", "court_code",
            "department_code");

    private final JsonNode local = read("youth-justice-realm.json");
    private final JsonNode production = read("youth-justice-realm.production.json");

    @Test
    void theDemoUsersHaveTheirRolesAndScopeClaims() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sw.li", "[social-worker] {agency_id=52440100MJL123454L, worker_id=W0001}");
        expected.put("sw.chen", "[social-worker] {agency_id=52440100MJL123454L, worker_id=W0002}");
        expected.put("sw.zhou", "[social-worker] {agency_id=52440100MJL6789007, worker_id=W0003}");
        expected.put("sup.wang", "[agency-supervisor] {agency_id=52440100MJL123454L}");
        expected.put("jo.zhao", "[judicial-officer] {office_code=JO-440104-01}");
        expected.put("court.liu", "[court-officer] {court_code=CT-440104}");
        expected.put("court.he", "[court-officer] {court_code=CT-440106}");
        expected.put("proc.huang", "[procurement-officer] {department_code=DP-4401-JUSTICE}");
        expected.put("proc.zheng", "[procurement-officer] {department_code=DP-4400-JUSTICE}");
        expected.put("auditor.sun", "[auditor] {}");
        expected.put("admin.ops", "[admin] {}");

        Map<String, String> actual = new LinkedHashMap<>();
        for (JsonNode user : demoUsers(local)) {
            Map<String, String> attributes = new TreeMap<>();
            user.path("attributes").properties().forEach(a -> attributes.put(a.getKey(), a.getValue().get(0).asText()));
            actual.put(user.path("username").asText(), texts(user.path("realmRoles")) + " " + attributes);
        }
        assertEquals(expected, actual);
    }

    @Test
    void everyDemoUserCanUseThePasswordGrant() {
        for (JsonNode user : demoUsers(local)) {
            String name = user.path("username").asText();
            assertTrue(user.path("enabled").asBoolean(), name);
            assertTrue(user.path("emailVerified").asBoolean(), name + ": unverified accounts are refused");
            assertFalse(user.path("firstName").asText().isBlank(), name);
            assertFalse(user.path("lastName").asText().isBlank(), name);
            assertTrue(user.path("email").asText().contains("@"), name);
            JsonNode password = user.path("credentials").get(0);
            assertEquals("demo", password.path("value").asText(), name);
            assertFalse(password.path("temporary").asBoolean(), name);
        }
        JsonNode cli = client(local, "cli");
        assertTrue(cli.path("publicClient").asBoolean());
        assertTrue(cli.path("directAccessGrantsEnabled").asBoolean());
        assertEquals("none", local.path("sslRequired").asText());
    }

    /**
     * The local realm is imported into an empty Keycloak at every start: without an id of its own a user would get a
     * new subject each time, and the services' data of the old one (notification preferences, the roles e-mails are
     * planned by) would stay beside the new one, so that each start added another copy of every demo e-mail.
     */
    @Test
    void everyUserOfTheLocalRealmKeepsItsSubjectAcrossStarts() {
        Set<String> ids = new TreeSet<>();
        for (JsonNode user : local.path("users")) {
            String id = user.path("id").asText();
            assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                    user.path("username").asText() + " has no fixed id");
            assertTrue(ids.add(id), "the id " + id + " is given twice");
        }
    }

    @Test
    void partnerSystemsUseClientCredentialsWithTheirRolesAndCodes() {
        assertPartner(local, "partner-court-gz", List.of("partner-system", "court-officer"), "court_code", "CT-440104");
        assertPartner(local, "partner-court-tianhe", List.of("partner-system", "court-officer"), "court_code",
                "CT-440106");
        assertPartner(local, "partner-office-yuexiu", List.of("partner-system", "judicial-officer"), "office_code",
                "JO-440104-01");
        assertEquals("local-demo-secret-partner-court-gz", client(local, "partner-court-gz").path("secret").asText());
    }

    @Test
    void theMobileAppIsPublicWithPkceAndNoPasswordGrant() {
        for (JsonNode realm : List.of(local, production)) {
            JsonNode app = client(realm, "mobile-app");
            assertTrue(app.path("publicClient").asBoolean());
            assertTrue(app.path("standardFlowEnabled").asBoolean());
            assertFalse(app.path("directAccessGrantsEnabled").asBoolean());
            assertEquals("S256", app.path("attributes").path("pkce.code.challenge.method").asText());
        }
    }

    @Test
    void tokensAreShortLivedRs256AndRefreshTokensRotate() {
        for (JsonNode realm : List.of(local, production)) {
            assertEquals("RS256", realm.path("defaultSignatureAlgorithm").asText());
            assertEquals(300, realm.path("accessTokenLifespan").asInt());
            assertTrue(realm.path("revokeRefreshToken").asBoolean());
            assertEquals(0, realm.path("refreshTokenMaxReuse").asInt());
        }
    }

    @Test
    void everyClientGetsTheScopeClaims() {
        for (JsonNode realm : List.of(local, production)) {
            JsonNode scope = clientScope(realm, "youth-justice-scope");
            Set<String> claims = new TreeSet<>();
            for (JsonNode mapper : scope.path("protocolMappers")) {
                JsonNode config = mapper.path("config");
                assertEquals("true", config.path("access.token.claim").asText(), mapper.path("name").asText());
                claims.add(config.path("claim.name").asText());
            }
            assertEquals(new TreeSet<>(SCOPE_CLAIMS), claims);
            assertTrue(texts(realm.path("defaultDefaultClientScopes")).contains("youth-justice-scope"));
            for (JsonNode client : realm.path("clients")) {
                if (!client.path("bearerOnly").asBoolean()) {
                    assertTrue(texts(client.path("defaultClientScopes")).containsAll(
                            List.of("youth-justice-scope", "basic", "roles")), client.path("clientId").asText());
                }
            }
        }
    }

    /**
     * Issue 11, item 4: a token names only the services its client calls, so a service refuses the tokens of
     * every other client. Swagger UI's tokens name only the gateway in production: no service takes them.
     */
    @Test
    void eachClientsTokensNameOnlyTheServicesItCalls() {
        Map<String, Set<String>> expected = new TreeMap<>();
        Set<String> everyService = Set.of("gateway", "case-service", "worker-service", "procurement-service",
                "notification-service");
        // a partner system registers its webhooks with notification-service (it has no inbox there)
        Set<String> partner = Set.of("gateway", "case-service", "worker-service", "notification-service");
        expected.put("mobile-app", Set.of("gateway", "case-service", "worker-service", "notification-service"));
        expected.put("swagger-ui", everyService);
        expected.put("cli", everyService);
        expected.put("partner-court-gz", partner);
        expected.put("partner-court-tianhe", partner);
        expected.put("partner-office-yuexiu", partner);
        assertEquals(expected, audiencesByClient(local));

        expected.remove("cli");
        expected.put("swagger-ui", Set.of("gateway"));
        assertEquals(expected, audiencesByClient(production));

        for (JsonNode realm : List.of(local, production)) {
            assertTrue(texts(realm.path("defaultDefaultClientScopes")).stream()
                    .noneMatch(scope -> scope.startsWith("audience-")), "a new client names no audience");
            for (JsonNode scope : realm.path("clientScopes")) {
                for (JsonNode mapper : scope.path("protocolMappers")) {
                    if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                        assertEquals("audience-" + mapper.path("config").path("included.client.audience").asText(),
                                scope.path("name").asText(), "one audience per scope, named after it");
                    }
                }
            }
        }
    }

    /** The audiences each client's access tokens carry: those of the audience scopes it has by default. */
    private static Map<String, Set<String>> audiencesByClient(JsonNode realm) {
        Map<String, Set<String>> audiences = new TreeMap<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("bearerOnly").asBoolean()) {
                continue;
            }
            Set<String> named = new TreeSet<>();
            for (String scopeName : texts(client.path("defaultClientScopes"))) {
                for (JsonNode mapper : clientScope(realm, scopeName).path("protocolMappers")) {
                    if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                        named.add(mapper.path("config").path("included.client.audience").asText());
                    }
                }
            }
            audiences.put(client.path("clientId").asText(), named);
        }
        return audiences;
    }

    @Test
    void bothRealmsHaveTheSameRolesClientsAndScopes() {
        assertEquals(ROLES, roleNames(local));
        assertEquals(ROLES, roleNames(production));
        List<String> productionClients = clientIds(production);
        List<String> localClients = clientIds(local);
        localClients.remove("cli");
        assertEquals(localClients, productionClients);
        assertEquals(local.path("clientScopes"), production.path("clientScopes"));
    }

    @Test
    void theProductionRealmHasNoDemoUsersPasswordGrantOrSecrets() {
        assertEquals("external", production.path("sslRequired").asText());
        assertTrue(demoUsers(production).isEmpty());
        assertFalse(clientIds(production).contains("cli"));
        for (JsonNode client : production.path("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), client.path("clientId").asText());
            String secret = client.path("secret").asText("");
            assertTrue(secret.isEmpty() || secret.matches("\\$\\{[A-Z_]+}"),
                    client.path("clientId").asText() + " must take its secret from the environment");
        }
        assertPartner(production, "partner-court-gz", List.of("partner-system", "court-officer"), "court_code",
                "CT-440104");
        assertPartner(production, "partner-court-tianhe", List.of("partner-system", "court-officer"), "court_code",
                "CT-440106");
    }

    private static void assertPartner(JsonNode realm, String clientId, List<String> roles, String claim, String code) {
        JsonNode client = client(realm, clientId);
        assertTrue(client.path("serviceAccountsEnabled").asBoolean(), clientId);
        assertFalse(client.path("publicClient").asBoolean(), clientId);
        assertFalse(client.path("standardFlowEnabled").asBoolean(), clientId);
        JsonNode account = find(realm.path("users"), "serviceAccountClientId", clientId);
        assertEquals(roles, texts(account.path("realmRoles")));
        assertEquals(code, account.path("attributes").path(claim).get(0).asText());
    }

    private static List<JsonNode> demoUsers(JsonNode realm) {
        List<JsonNode> users = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (!user.has("serviceAccountClientId")) {
                users.add(user);
            }
        });
        return users;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return find(realm.path("clients"), "clientId", clientId);
    }

    private static JsonNode clientScope(JsonNode realm, String name) {
        return find(realm.path("clientScopes"), "name", name);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }

    private static List<String> roleNames(JsonNode realm) {
        List<String> names = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> names.add(role.path("name").asText()));
        return names;
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(client -> ids.add(client.path("clientId").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(String file) {
        try {
            return new ObjectMapper().readTree(KEYCLOAK.resolve(file).toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
