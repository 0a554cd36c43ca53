package org.youthjustice.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The filter as Quarkus runs it on a service's published document. */
@QuarkusTest
class ProblemResponsesDocumentTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Test
    void theDocumentNamesTheProblemBodyAndTheRefusals() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .rootPath("paths.'/documented/widgets/{id}'.get.responses")
                .body("'404'.description", equalTo("No such widget in your scope"))
                .body("'404'.content.'application/problem+json'.schema.$ref", equalTo(PROBLEM_REF))
                .body("'401'.description", equalTo("No valid bearer token"))
                .body("'401'.content.'application/problem+json'.schema.$ref", equalTo(PROBLEM_REF))
                .body("'403'.description", equalTo("The caller's role may not do this"))
                .body("'403'.content.'application/problem+json'.schema.$ref", equalTo(PROBLEM_REF))
                .body("'200'.content", not(hasKey("application/problem+json")))
                .rootPath("paths.'/documented/status'.get.responses")
                .body("$", not(hasKey("401")))
                .body("'503'.content.'application/problem+json'.schema.$ref", equalTo(PROBLEM_REF))
                .rootPath("components.schemas")
                .body("Problem.properties.errors.items.$ref", equalTo("#/components/schemas/FieldError"))
                .body("FieldError.properties", hasKey("field"));
    }
}
