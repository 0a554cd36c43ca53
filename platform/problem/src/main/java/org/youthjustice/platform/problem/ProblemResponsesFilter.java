package org.youthjustice.platform.problem;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents in every service's OpenAPI document what this module answers anyway: each 4xx and 5xx is an
 * {@code application/problem+json} {@link Problem}, and each secured operation can be refused with 401 or 403. So a
 * resource names only its own outcomes ({@code 404: no case with this reference in your scope}) and cannot forget
 * the body or the refusals. Then {@link HeaderDocumentation} adds the headers every operation handles.
 *
 * <p>Quarkus finds the filter through the annotation in the index of this jar (a bean archive); it runs when the
 * service is built, so the published document is fixed.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String UNAUTHORIZED = "No valid bearer token";
    static final String FORBIDDEN = "The caller's role may not do this";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean documented = false;
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                if (item.getOperations() == null) {
                    continue;
                }
                for (Operation operation : item.getOperations().values()) {
                    documented |= document(operation, openAPI.getSecurity());
                }
            }
        }
        if (documented) {
            ProblemSchemas.addTo(openAPI);
        }
        HeaderDocumentation.addTo(openAPI);
    }

    private static boolean document(Operation operation, List<SecurityRequirement> documentSecurity) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (secured(operation, documentSecurity)) {
            addIfMissing(responses, "401", UNAUTHORIZED);
            addIfMissing(responses, "403", FORBIDDEN);
        }
        boolean documented = false;
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
                if (isFailure(response.getKey())) {
                    documented |= giveProblemContent(response.getValue());
                }
            }
        }
        return documented;
    }

    /** An operation's own requirements replace the document's; an explicitly empty list makes it public. */
    private static boolean secured(Operation operation, List<SecurityRequirement> documentSecurity) {
        List<SecurityRequirement> requirements = Objects.requireNonNullElse(operation.getSecurity(),
                Objects.requireNonNullElse(documentSecurity, List.of()));
        return requirements.stream().anyMatch(requirement -> requirement.getSchemes() != null
                && !requirement.getSchemes().isEmpty());
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isFailure(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    /** A response with a body of its own (or a reference to a shared one) is left as the service wrote it. */
    private static boolean giveProblemContent(APIResponse response) {
        if (response.getRef() != null) {
            return false;
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(ProblemSchemas.content());
            return true;
        }
        return content.hasMediaType(Problem.MEDIA_TYPE);
    }
}
