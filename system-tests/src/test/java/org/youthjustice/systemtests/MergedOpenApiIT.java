package org.youthjustice.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.SuiteSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's one OpenAPI document, merged from the running services, for partner developers. */
@ExtendWith(RunningSuite.class)
class MergedOpenApiIT {

    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void listsEveryServicesOperationsUnderApiEachWithItsSecurityRequirement(SuiteSettings suite) {
        JsonPath document = given().baseUri(suite.gatewayUrl()).get("/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");

        for (String path : List.of("/api/regions", "/api/agencies", "/api/cost-estimates", "/api/notifications",
                "/api/contracts", "/api/contracts/{id}/coverage", "/api/purchasing-departments",
                "/api/provider-agencies", "/api/contract-statistics", "/api/ocds/releases")) {
            assertTrue(paths.containsKey(path), path + " is in the merged document");
        }
        List<String> unsecured = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method) && operation instanceof Map<?, ?> op
                    && !(op.get("security") instanceof List<?> requirements && !requirements.isEmpty())) {
                unsecured.add(method.toUpperCase() + " " + path);
            }
        }));
        assertEquals(List.of(), unsecured, "operations without a security requirement");
    }
}
