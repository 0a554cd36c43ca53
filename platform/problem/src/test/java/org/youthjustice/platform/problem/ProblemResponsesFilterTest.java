package org.youthjustice.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static Operation operation(String... failures) {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The widget")
                        .content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/Widget"))))));
        for (String failure : failures) {
            operation.getResponses().addAPIResponse(failure, OASFactory.createAPIResponse()
                    .description("No such widget in your scope"));
        }
        return operation;
    }

    private static Operation secured(Operation operation) {
        return operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"));
    }

    private static OpenAPI document(Operation get, Operation post) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/widgets/{id}",
                OASFactory.createPathItem().GET(get).POST(post)));
    }

    private static String problemRef(APIResponse response) {
        return response.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef();
    }

    @Test
    void failuresWithoutABodyAreProblems() {
        Operation get = secured(operation("404"));
        OpenAPI document = document(get, null);

        new ProblemResponsesFilter().filterOpenAPI(document);

        APIResponse notFound = get.getResponses().getAPIResponse("404");
        assertEquals("No such widget in your scope", notFound.getDescription());
        assertEquals(PROBLEM_REF, problemRef(notFound));
        assertEquals(List.of("application/json"),
                List.copyOf(get.getResponses().getAPIResponse("200").getContent().getMediaTypes().keySet()));
        assertTrue(document.getComponents().getSchemas().containsKey("Problem"));
        assertTrue(document.getComponents().getSchemas().containsKey("FieldError"));
    }

    @Test
    void securedOperationsGetTheRefusals() {
        Operation get = secured(operation());
        new ProblemResponsesFilter().filterOpenAPI(document(get, null));

        assertEquals("No valid bearer token", get.getResponses().getAPIResponse("401").getDescription());
        assertEquals(PROBLEM_REF, problemRef(get.getResponses().getAPIResponse("401")));
        assertEquals("The caller's role may not do this", get.getResponses().getAPIResponse("403").getDescription());
        assertEquals(PROBLEM_REF, problemRef(get.getResponses().getAPIResponse("403")));
    }

    @Test
    void aSpecificRefusalKeepsItsDescription() {
        Operation get = secured(operation());
        get.getResponses().addAPIResponse("403", OASFactory.createAPIResponse()
                .description("The caller's role may not read this"));
        new ProblemResponsesFilter().filterOpenAPI(document(get, null));

        assertEquals("The caller's role may not read this", get.getResponses().getAPIResponse("403").getDescription());
        assertEquals(PROBLEM_REF, problemRef(get.getResponses().getAPIResponse("403")));
    }

    @Test
    void theDocumentsRequirementSecuresOperationsWithoutTheirOwn() {
        Operation get = operation();
        Operation post = operation().security(List.of());
        OpenAPI document = document(get, post)
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("jwt")));

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertTrue(get.getResponses().hasAPIResponse("401"));
        assertTrue(get.getResponses().hasAPIResponse("403"));
        assertFalse(post.getResponses().hasAPIResponse("401"), "an explicitly public operation");
        assertFalse(post.getResponses().hasAPIResponse("403"), "an explicitly public operation");
    }

    @Test
    void publicOperationsGetNoRefusals() {
        Operation get = operation("400");
        OpenAPI document = document(get, null);

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertFalse(get.getResponses().hasAPIResponse("401"));
        assertFalse(get.getResponses().hasAPIResponse("403"));
        assertEquals(PROBLEM_REF, problemRef(get.getResponses().getAPIResponse("400")));
    }

    @Test
    void aFailureWithItsOwnBodyOrAReferenceIsLeftAsWritten() {
        Content csv = OASFactory.createContent().addMediaType("text/csv", OASFactory.createMediaType());
        Operation get = operation();
        get.getResponses()
                .addAPIResponse("422", OASFactory.createAPIResponse().description("Rejected rows").content(csv))
                .addAPIResponse("429", OASFactory.createAPIResponse().ref("#/components/responses/TooMany"));
        new ProblemResponsesFilter().filterOpenAPI(document(get, null));

        assertSame(csv, get.getResponses().getAPIResponse("422").getContent());
        assertNull(get.getResponses().getAPIResponse("429").getContent());
    }

    @Test
    void aProblemSchemaTheScannerAlreadyWroteIsKept() {
        Schema scanned = OASFactory.createSchema().description("scanned from the annotations");
        Operation get = operation("404");
        OpenAPI document = document(get, null)
                .components(OASFactory.createComponents().addSchema("Problem", scanned));

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertSame(scanned, document.getComponents().getSchemas().get("Problem"));
        assertTrue(document.getComponents().getSchemas().containsKey("FieldError"));
    }

    @Test
    void aDocumentWithoutFailuresGetsNoProblemSchema() {
        OpenAPI document = document(operation(), null);

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertNull(document.getComponents());
    }
}
