package org.youthjustice.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The written-out schemas say what the annotations on the records say, so the two cannot drift apart. */
class ProblemSchemasTest {

    @Test
    void problemSchemaHasTheDocumentedMembersOfTheRecord() {
        assertMatches(Problem.class, ProblemSchemas.problem());
    }

    @Test
    void fieldErrorSchemaHasTheMembersOfTheRecord() {
        assertMatches(FieldError.class, ProblemSchemas.fieldError());
    }

    private static void assertMatches(Class<? extends Record> type,
            org.eclipse.microprofile.openapi.models.media.Schema schema) {
        assertEquals(type.getAnnotation(Schema.class).description(), schema.getDescription());
        List<RecordComponent> documented = Arrays.stream(type.getRecordComponents())
                .filter(component -> !annotation(type, component).hidden())
                .toList();
        Map<String, org.eclipse.microprofile.openapi.models.media.Schema> properties = schema.getProperties();
        assertEquals(documented.stream().map(RecordComponent::getName).toList(), List.copyOf(properties.keySet()));
        for (RecordComponent component : documented) {
            Schema annotation = annotation(type, component);
            var property = properties.get(component.getName());
            assertEquals(annotation.description().isEmpty() ? null : annotation.description(),
                    property.getDescription(), component.getName());
            List<String> examples = property.getExamples() == null ? List.of()
                    : property.getExamples().stream().map(String::valueOf).toList();
            assertEquals(List.of(annotation.examples()), examples, component.getName());
        }
    }

    private static Schema annotation(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).getAnnotation(Schema.class);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
