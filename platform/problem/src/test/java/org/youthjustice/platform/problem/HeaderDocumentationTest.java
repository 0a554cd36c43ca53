package org.youthjustice.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class HeaderDocumentationTest {

    private static Operation operation(String... statuses) {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses());
        for (String status : statuses) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(status));
        }
        return operation;
    }

    private static Operation withIfMatch(Operation operation) {
        return operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER));
    }

    private static OpenAPI document(Operation get, Operation put) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/widgets/{id}",
                OASFactory.createPathItem().GET(get).PUT(put)));
    }

    private static Parameter header(Operation operation, String name) {
        return operation.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    @Test
    void everyOperationTakesAndEveryAnswerNamesTheRequestId() {
        Operation get = operation("200", "404");
        HeaderDocumentation.addTo(document(get, null));

        Parameter sent = header(get, "X-Request-Id");
        assertEquals(Parameter.In.HEADER, sent.getIn());
        assertFalse(sent.getRequired());
        assertNotNull(get.getResponses().getAPIResponse("200").getHeaders().get("X-Request-Id"));
        assertNotNull(get.getResponses().getAPIResponse("404").getHeaders().get("X-Request-Id"));
    }

    @Test
    void ifMatchIsRequiredWhereItsAbsenceAnswers428AndTheNewETagIsDocumented() {
        Operation put = withIfMatch(operation("200", "412", "428"));
        HeaderDocumentation.addTo(document(null, put));

        assertTrue(header(put, "If-Match").getRequired());
        assertNotNull(put.getResponses().getAPIResponse("200").getHeaders().get("ETag"));
        assertNull(put.getResponses().getAPIResponse("412").getHeaders().get("ETag"));
    }

    @Test
    void anOptionalIfMatchStaysOptional() {
        Operation put = withIfMatch(operation("200", "412"));
        HeaderDocumentation.addTo(document(null, put));

        assertNull(header(put, "If-Match").getRequired());
        assertNotNull(put.getResponses().getAPIResponse("200").getHeaders().get("ETag"));
    }

    @Test
    void operationsWithoutIfMatchDocumentNoETag() {
        Operation get = operation("200");
        HeaderDocumentation.addTo(document(get, null));

        assertNull(get.getResponses().getAPIResponse("200").getHeaders().get("ETag"));
    }
}
