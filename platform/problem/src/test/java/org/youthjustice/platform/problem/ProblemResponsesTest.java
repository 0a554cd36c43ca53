package org.youthjustice.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ProblemResponsesTest {

    static ValidatableResponse isProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .header("X-Request-Id", notNullValue())
                .body("status", equalTo(status))
                .body("type", equalTo(ProblemType.BASE + type))
                .body("title", notNullValue())
                .body("correlationId", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void invalidBodyFieldsAreNamedAsTheClientSentThem() {
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body("""
                        {"name": " ", "items": [{"creditCode": "91440101MA5CXXXX1X", "quantity": 1},
                                                {"creditCode": "", "quantity": 2},
                                                {"creditCode": "bad", "quantity": 3}]}
                        """)
                .when().post("/probe/widgets").then();
        isProblem(response, 400, "validation")
                .body("instance", equalTo("/probe/widgets"))
                .body("errors.field", hasItem("name"))
                .body("errors.find { it.field == 'name' }.code", equalTo("NotBlank"))
                .body("errors.find { it.field == 'items[1].creditCode' }.code", equalTo("NotBlank"))
                .body("errors.find { it.field == 'items[2].creditCode' }.code", equalTo("Pattern"))
                .body("errors.find { it.field == 'items[0].creditCode' }", equalTo(null))
                .body(not(containsString("arg0")))
                .body(not(containsString("create.")));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        isProblem(given().when().get("/probe/widgets?size=1000").then(), 400, "validation")
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].code", equalTo("Max"));
    }

    @Test
    void unknownPropertyIsRefusedAndNamed() {
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"status\": \"CLOSED\"}")
                .when().post("/probe/widgets").then();
        isProblem(response, 400, "validation")
                .body("detail", containsString("status"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("unknown"));
    }

    @Test
    void wrongTypeIsNamedWithoutEchoingTheInput() {
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"items\": [{\"creditCode\": \"X\", \"quantity\": \"many-440101\"}]}")
                .when().post("/probe/widgets").then();
        isProblem(response, 400, "validation")
                .body("errors[0].field", equalTo("items[0].quantity"))
                .body("errors[0].code", equalTo("type"))
                .body(not(containsString("many-440101")));
    }

    @Test
    void malformedJsonIsABadRequest() {
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when().post("/probe/widgets").then();
        isProblem(response, 400, "validation").body("detail", notNullValue());
    }

    @Test
    void missingBodyIsABadRequest() {
        isProblem(given().contentType(ContentType.JSON).when().post("/probe/widgets").then(), 400, "validation");
    }

    @Test
    void domainProblemsKeepTheirStatusDetailAndExtensions() {
        isProblem(given().when().get("/probe/problems/not-found").then(), 404, "not-found")
                .body("detail", equalTo("Case GZ-2026-000123 not found"))
                .body("instance", equalTo("/probe/problems/not-found"))
                .body("$", not(hasKey("errors")));
        isProblem(given().when().get("/probe/problems/conflict").then(), 409, "conflict")
                .body("allowed", equalTo(java.util.List.of("REOPEN")));
        isProblem(given().when().get("/probe/problems/unprocessable").then(), 422, "rule-violation")
                .body("errors[0].field", equalTo("period.end"))
                .body("errors[0].code", equalTo("before-start"));
        isProblem(given().when().get("/probe/problems/precondition-failed").then(), 412, "precondition-failed");
        isProblem(given().when().get("/probe/problems/precondition-required").then(), 428,
                "precondition-required");
    }

    @Test
    void unconvertibleQueryParameterIsABadRequestNotAMissingResource() {
        isProblem(given().when().get("/probe/widgets?size=many").then(), 400, "invalid-parameter");
    }

    @Test
    void unknownPathIsNotFound() {
        isProblem(given().when().get("/no/such/path").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIsNotAllowed() {
        isProblem(given().when().delete("/probe/widgets").then(), 405, "method-not-allowed");
    }

    @Test
    void unsupportedMediaTypeIsRefused() {
        isProblem(given().contentType(ContentType.TEXT).body("name=x").when().post("/probe/widgets").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void unacceptableMediaTypeIsRefusedAsProblemJson() {
        isProblem(given().accept(ContentType.XML).when().get("/probe/widgets").then(), 406, "not-acceptable");
    }

    @Test
    void unexpectedFailureLeaksNothing() {
        isProblem(given().when().get("/probe/failure").then(), 500, "internal-error")
                .body("detail", startsWith("The request could not be completed"))
                .body(not(containsString("secret")))
                .body(not(containsString("440101")))
                .body(not(containsString("IllegalState")));
    }

    @Test
    void invalidAnswerIsOurFailureNotTheClients() {
        isProblem(given().when().get("/probe/invalid-answer").then(), 500, "internal-error")
                .body("$", not(hasKey("errors")));
    }

    @Test
    void correlationIdOfTheRequestIsInTheProblem() {
        // the form of the gateway's ids, which a service takes as the correlation id (platform-correlation)
        String gateways = "5f0e2a7c-3b1d-4e8f-9a6c-2d4b8e1f7a30";
        isProblem(given().header("X-Request-Id", gateways).when().get("/probe/problems/not-found").then(),
                404, "not-found")
                .header("X-Request-Id", gateways)
                .body("correlationId", equalTo(gateways));
    }
}
