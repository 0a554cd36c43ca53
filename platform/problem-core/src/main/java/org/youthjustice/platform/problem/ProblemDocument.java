package org.youthjustice.platform.problem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;

/**
 * The standard members of an RFC 9457 problem details document, and the one writer of {@value #MEDIA_TYPE} bodies:
 * the services' {@code ProblemResponder} and the gateway both write through it, so that a client reads the same
 * shape whoever answered.
 * <p>
 * Members in this order, each left out when it is null or empty: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} (the request path, never the query), {@code correlationId} (the correlation id
 * of the request), then {@code errors} and the extension members at the top level.
 */
public record ProblemDocument(URI type, String title, int status, String detail, String instance,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonFactory PLAIN = new JsonFactory();

    /** A document of one of the project's {@link ProblemType}s, with its URI and title. */
    public static ProblemDocument of(ProblemType type, int status, String detail, String instance,
            String correlationId) {
        return new ProblemDocument(type.uri(), type.title(), status, detail, instance, correlationId);
    }

    /** The document with its standard members only, as the gateway answers. */
    public String toJson() {
        return toJson(List.of(), Map.of(), null);
    }

    /**
     * The document with the given {@code errors} and extension members. Both are written by {@code codec} (a
     * service's {@code ObjectMapper}, so that they read like the rest of its JSON); without one only text, numbers
     * and booleans can be written.
     */
    public String toJson(List<?> errors, Map<String, ?> extensions, ObjectCodec codec) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = (codec == null ? PLAIN : codec.getFactory()).createGenerator(out)) {
            json.setCodec(codec);
            json.writeStartObject();
            writeUnlessEmpty(json, "type", type == null ? null : type.toString());
            writeUnlessEmpty(json, "title", title);
            json.writeNumberField("status", status);
            writeUnlessEmpty(json, "detail", detail);
            writeUnlessEmpty(json, "instance", instance);
            writeUnlessEmpty(json, "correlationId", correlationId);
            if (errors != null && !errors.isEmpty()) {
                json.writeFieldName("errors");
                json.writeObject(errors);
            }
            if (extensions != null) {
                for (Map.Entry<String, ?> member : extensions.entrySet()) {
                    json.writeFieldName(member.getKey());
                    json.writeObject(member.getValue());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("A problem document could not be written as JSON", e);
        }
        return out.toString();
    }

    private static void writeUnlessEmpty(JsonGenerator json, String member, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(member, value);
        }
    }
}
