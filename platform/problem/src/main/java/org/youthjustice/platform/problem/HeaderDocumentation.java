package org.youthjustice.platform.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.youthjustice.platform.correlation.CorrelationId;

/**
 * Documents the headers every service handles the same way, so that a resource cannot forget them: the
 * {@code X-Request-Id} a client may send and every answer carries, {@code If-Match} as required wherever a missing
 * one answers 428 ({@link EntityTags#required}), and the {@code ETag} of every successful answer of an operation
 * that takes {@code If-Match} (it answers the new version, which the next change names).
 */
final class HeaderDocumentation {

    static final String IF_MATCH = "If-Match";
    static final String ETAG = "ETag";
    static final String REQUEST_ID_SENT = "An id of the client's own for this request (1 to 128 of A-Z a-z 0-9 . _ "
            + ": -), kept as the client's in logs and echoed; never the suite's correlation id";
    static final String REQUEST_ID_ANSWERED = "The client's own id when it sent one, else the correlation id under "
            + "which the suite logged and audited this request";

    private HeaderDocumentation() {
    }

    /** Called by {@link ProblemResponsesFilter} once every response is in place, the 401 and 403 it adds too. */
    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(HeaderDocumentation::document);
            }
        }
    }

    private static void document(Operation operation) {
        if (header(operation, CorrelationId.HEADER) == null) {
            operation.addParameter(OASFactory.createParameter().name(CorrelationId.HEADER).in(Parameter.In.HEADER)
                    .required(false).description(REQUEST_ID_SENT)
                    .schema(text().maxLength(CorrelationId.MAX_LENGTH)));
        }
        Parameter ifMatch = header(operation, IF_MATCH);
        boolean preconditionRequired = operation.getResponses() != null
                && operation.getResponses().hasAPIResponse("428");
        if (ifMatch != null && preconditionRequired) {
            ifMatch.setRequired(true);
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            if (response.getValue().getRef() != null) {
                continue;
            }
            addHeaderIfMissing(response.getValue(), CorrelationId.HEADER, REQUEST_ID_ANSWERED);
            if (ifMatch != null && response.getKey().startsWith("2")) {
                addHeaderIfMissing(response.getValue(), ETAG, EntityTags.DOCUMENTED);
            }
        }
    }

    private static Schema text() {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING));
    }

    private static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static void addHeaderIfMissing(APIResponse response, String name, String description) {
        Map<String, Header> headers = response.getHeaders();
        if (headers == null || headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
            response.addHeader(name, OASFactory.createHeader().description(description)
                    .schema(text()));
        }
    }
}
