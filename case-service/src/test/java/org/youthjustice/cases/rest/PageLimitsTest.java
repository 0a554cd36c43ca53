package org.youthjustice.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.paging.PageRequest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.youthjustice.cases.Fixtures.admin;

/**
 * The page cap of platform-paging on the case list: a page too far to count is a 400 naming it, never a 500 (the
 * OpenAPI document states the cap: OpenApiDocumentTest).
 */
@QuarkusTest
class PageLimitsTest {

    @Test
    void aPageBeyondTheLastIsRefusedWithTheParameterNamed() {
        given().auth().oauth2(admin()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                .when().get("/cases")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
        given().auth().oauth2(admin()).queryParam("page", PageRequest.MAX_PAGE + 1).when().get("/cases")
                .then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void theLastPageOfTheLargestSizeIsReadAndEmpty() {
        given().auth().oauth2(admin())
                .queryParam("page", PageRequest.MAX_PAGE).queryParam("size", PageRequest.MAX_SIZE)
                .when().get("/cases")
                .then().statusCode(200).body("items", empty()).body("page", equalTo(PageRequest.MAX_PAGE));
    }
}
