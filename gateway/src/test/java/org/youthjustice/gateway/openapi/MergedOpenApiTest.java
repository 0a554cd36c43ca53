package org.youthjustice.gateway.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.gateway.rest.WireMockUpstreams;
import org.youthjustice.platform.testing.OidcResource;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The one document partner developers read, built from what the (stub) services publish. */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(OidcResource.class)
class MergedOpenApiTest {

    private static final String CASE_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"Case service","version":"0.1.0"},
             "tags":[{"name":"Cases"}],
             "paths":{
               "/cases":{"get":{"tags":["Cases"],"security":[{"SecurityScheme":[]}],"responses":{
                 "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}},
                 "401":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}},
               "/internal/reindex":{"post":{"responses":{"204":{"description":"done"}}}}},
             "components":{
               "schemas":{
                 "Page":{"type":"object","properties":{"total":{"type":"integer"}}},
                 "Problem":{"type":"object","properties":{"status":{"type":"integer"}}}},
               "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}""";

    private static final String WORKER_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"Worker service","version":"0.1.0"},
             "security":[{"SecurityScheme":[]}],
             "tags":[{"name":"Agencies"}],
             "paths":{
               "/agencies":{"post":{"tags":["Agencies"],
                 "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}},
                 "responses":{"400":{"content":{"application/problem+json":{
                   "schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
             "components":{
               "schemas":{
                 "Page":{"type":"object","properties":{"total":{"type":"integer"}}},
                 "Problem":{"type":"object","properties":{"status":{"type":"integer"},"errors":{"type":"array"}}}},
               "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}""";

    @Inject
    GatewayConfig config;

    @BeforeEach
    void publishDocuments() {
        Map.of("case", CASE_DOCUMENT, "worker", WORKER_DOCUMENT).forEach((name, document) -> {
            WireMock upstream = upstream(name);
            upstream.resetMappings();
            upstream.register(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody(document)));
        });
        for (String name : new String[] { "procurement", "notification" }) {
            upstream(name).resetMappings();
            upstream(name).register(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse().withStatus(503)));
        }
    }

    @Test
    void pathsAreThoseTheGatewayRoutesUnderApi() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("paths", hasKey("/api/cases"))
                .body("paths", hasKey("/api/agencies"))
                .body("paths", not(hasKey("/api/internal/reindex")))
                .body("paths", not(hasKey("/cases")))
                .body("tags.name", hasItem("Cases"))
                .body("tags.name", hasItem("Agencies"));
    }

    @Test
    void clashingSchemasAreRenamedPerServiceAndEqualOnesKeptOnce() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("components.schemas", hasKey("Page"))
                .body("components.schemas", hasKey("case_Problem"))
                .body("components.schemas", hasKey("worker_Problem"))
                .body("components.schemas", not(hasKey("Problem")))
                .body("components.schemas.worker_Problem.properties", hasKey("errors"))
                .body("paths.'/api/cases'.get.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/case_Problem"))
                .body("paths.'/api/agencies'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/worker_Problem"))
                .body("paths.'/api/agencies'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Page"));
    }

    @Test
    void everyOperationKeepsItsBearerRequirementAndMayUseTheKeycloakFlow() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("components.securitySchemes.keycloak.type", equalTo("oauth2"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        endsWith("/protocol/openid-connect/auth"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl",
                        endsWith("/protocol/openid-connect/token"))
                .body("paths.'/api/cases'.get.security", hasItem(Map.of("SecurityScheme", java.util.List.of())))
                .body("paths.'/api/cases'.get.security", hasItem(Map.of("keycloak", java.util.List.of())))
                // The worker service declares its requirement once for the document: it lands on the operation.
                .body("paths.'/api/agencies'.post.security", hasItem(Map.of("SecurityScheme", java.util.List.of())));
    }

    @Test
    void aServiceWithoutItsDocumentIsNamedAndTheOthersAreStillServed() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("info.description", containsString("procurement"))
                .body("paths", hasKey("/api/cases"));
    }

    @Test
    void theSwaggerUiReadsTheMergedDocumentAndUsesPkce() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/openapi"))
                .body(containsString("swagger-ui"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
    }

    private WireMock upstream(String name) {
        var url = config.routes().get(name).url();
        return new WireMock(url.getHost(), url.getPort());
    }
}
