package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads YAML (several documents per file, as kubectl does) into Jackson trees. */
public final class Yaml {

    static final ObjectMapper MAPPER = new YAMLMapper();

    private Yaml() {
    }

    public static List<JsonNode> documents(String text) {
        // a parser per document rather than readValues, which would unwrap a top-level list (a JSON 6902 patch)
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            List<JsonNode> nodes = new ArrayList<>();
            while (parser.nextToken() != null) {
                JsonNode node = MAPPER.readTree(parser);
                // "---" at the end of a file, or between two separators, is an empty document
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    nodes.add(node);
                }
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> documents(Path file) {
        return documents(read(file));
    }

    public static JsonNode document(Path file) {
        List<JsonNode> nodes = documents(file);
        if (nodes.size() != 1) {
            throw new ManifestException(file + " holds " + nodes.size() + " YAML documents, expected one");
        }
        return nodes.get(0);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
