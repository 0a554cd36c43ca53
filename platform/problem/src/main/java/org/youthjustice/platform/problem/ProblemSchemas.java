package org.youthjustice.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The OpenAPI schemas of {@link Problem} and {@link FieldError}, written out because no resource refers to the
 * classes any more (the annotation scanner only documents the classes it meets). They say what the records' own
 * {@code @Schema} annotations say; {@code ProblemSchemasTest} keeps the two in step.
 */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private ProblemSchemas() {
    }

    /** The problem+json body, referring to the {@code Problem} schema of the components. */
    static Content content() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(reference(PROBLEM)));
    }

    /** Adds the two schemas to the document's components where they are not there yet. */
    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(PROBLEM, problem());
        }
        if (!components.getSchemas().containsKey(FIELD_ERROR)) {
            components.addSchema(FIELD_ERROR, fieldError());
        }
    }

    static Schema problem() {
        return object("RFC 9457 problem details (media type application/problem+json)")
                .addProperty("type", string("https://youthjustice.org/problems/validation").format("uri"))
                .addProperty("title", string("Invalid request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32")
                        .examples(List.of(400)))
                .addProperty("detail", string("The request has invalid fields"))
                .addProperty("instance", string("/cases").description("the request path"))
                .addProperty("correlationId", string("4b6f2c1e-8f1a-4f44-9d0c-2a7f3e5b9c10")
                        .description("the X-Request-Id of the request"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(SchemaType.ARRAY))
                        .items(reference(FIELD_ERROR))
                        .description("the rejected fields, for validation problems"));
    }

    static Schema fieldError() {
        return object("One rejected input field")
                .addProperty("field", string("items[2].creditCode"))
                .addProperty("code", string("NotBlank"))
                .addProperty("message", string("must not be blank"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).description(description);
    }

    private static Schema string(String example) {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING)).examples(List.of(example));
    }

    private static Schema reference(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }
}
