package org.youthjustice.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Renders every overlay and reports, per overlay, every schema error and policy violation of what it renders. */
final class Overlays {

    private final SchemaValidation schemas;
    private final List<Policy> policies;

    Overlays(SchemaValidation schemas, List<Policy> policies) {
        this.schemas = schemas;
        this.policies = policies;
    }

    /** Problems by overlay name; an overlay that cannot be rendered reports why. */
    Map<String, List<String>> check(Path overlaysDirectory) {
        List<Path> overlays = overlays(overlaysDirectory);
        if (overlays.isEmpty()) {
            throw new ManifestException("no overlay under " + overlaysDirectory + ": nothing would be validated");
        }
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Path overlay : overlays) {
            List<String> found = new ArrayList<>();
            try {
                List<KubeObject> objects = Kustomization.render(overlay);
                found.addAll(schemas.validate(objects));
                found.addAll(Policies.violations(policies, objects));
            } catch (ManifestException e) {
                found.add(e.getMessage());
            }
            problems.put(overlay.getFileName().toString(), found);
        }
        return problems;
    }

    private static List<Path> overlays(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
