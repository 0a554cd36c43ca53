package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a kustomization directory in Java, as {@code kubectl kustomize} does, for the subset of Kustomize that the
 * manifests use (deploy/k8s/VALIDATION.md). Anything outside that subset is refused rather than ignored, so that a
 * manifest never means something else to the cluster than it meant to these checks. Where Kustomize would silently do
 * nothing (a patch, image or replica count that matches no object), this renderer fails: that is always a mistake.
 */
public final class Kustomization {

    private static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "images", "replicas", "patches", "configMapGenerator");
    private static final Set<String> REPLICATED_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    private final Path directory;
    private final Path file;
    private final JsonNode spec;

    private Kustomization(Path directory) {
        this.directory = directory;
        this.file = FILE_NAMES.stream().map(directory::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new ManifestException(directory + " has no kustomization.yaml"));
        this.spec = Yaml.document(file);
    }

    /** The objects of the kustomization in {@code directory}, in the order kustomize emits them before sorting. */
    public static List<KubeObject> render(Path directory) {
        return new Kustomization(directory.toAbsolutePath().normalize()).build();
    }

    private List<KubeObject> build() {
        checkFields();
        List<KubeObject> objects = new ArrayList<>();
        for (JsonNode resource : spec.path("resources")) {
            objects.addAll(resource(resource.asText()));
        }
        for (JsonNode generator : spec.path("configMapGenerator")) {
            objects.add(ConfigMapGenerator.generate(generator, directory, file.toString()));
        }
        checkUnique(objects);
        for (JsonNode patch : spec.path("patches")) {
            patch(objects, patch);
        }
        if (spec.has("namespace")) {
            String namespace = spec.get("namespace").asText();
            objects.stream().filter(KubeObject::namespaced).forEach(o -> o.metadata().put("namespace", namespace));
        }
        for (JsonNode label : spec.path("labels")) {
            label(objects, label);
        }
        for (JsonNode image : spec.path("images")) {
            ImageReferences.rewrite(objects, image, file.toString());
        }
        for (JsonNode replicas : spec.path("replicas")) {
            replicas(objects, replicas);
        }
        checkUnique(objects);
        return objects;
    }

    private void checkFields() {
        if (spec.has("secretGenerator")) {
            throw new ManifestException(file + ": secretGenerator is forbidden: Secrets are referenced, never written"
                    + " (deploy/k8s/SECRETS.md says how ops create them)");
        }
        spec.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new ManifestException(file + ": '" + field + "' is outside the supported Kustomize subset "
                        + FIELDS + " (deploy/k8s/VALIDATION.md)");
            }
        });
    }

    private List<KubeObject> resource(String entry) {
        if (entry.contains("://") || entry.startsWith("github.com/")) {
            throw new ManifestException(file + ": remote resource '" + entry + "' is not supported");
        }
        Path path = directory.resolve(entry).normalize();
        if (Files.isDirectory(path)) {
            return render(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new ManifestException(file + ": resource '" + entry + "' does not exist");
        }
        List<KubeObject> objects = new ArrayList<>();
        for (JsonNode document : Yaml.documents(path)) {
            if (!document.isObject() || !document.hasNonNull("kind") || document.path("metadata").path("name")
                    .asText().isEmpty()) {
                throw new ManifestException(path + ": every document needs a kind and metadata.name");
            }
            objects.add(new KubeObject((ObjectNode) document, origin(path)));
        }
        return objects;
    }

    /** The file relative to the working directory (the module's, under Maven): short, and names the file exactly. */
    private static String origin(Path file) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return file.startsWith(workingDirectory) ? workingDirectory.relativize(file).toString() : file.toString();
    }

    private void patch(List<KubeObject> objects, JsonNode patch) {
        patch.fieldNames().forEachRemaining(field -> {
            if (!Set.of("path", "patch", "target").contains(field)) {
                throw new ManifestException(file + ": patches may have path, patch and target, not '" + field + "'");
            }
        });
        String origin = patch.has("path") ? origin(directory.resolve(patch.get("path").asText()))
                : origin(file) + " (inline patch)";
        String text = patch.has("path") ? Yaml.read(directory.resolve(patch.get("path").asText()))
                : patch.path("patch").asText();
        List<JsonNode> documents = Yaml.documents(text);
        if (documents.isEmpty()) {
            throw new ManifestException(origin + ": empty patch");
        }
        JsonNode target = patch.path("target");
        target.fieldNames().forEachRemaining(field -> {
            if (!Set.of("kind", "name", "group", "version").contains(field)) {
                throw new ManifestException(origin + ": a patch target may select by kind, name, group and version,"
                        + " not '" + field + "'");
            }
        });
        if (documents.get(0).isArray()) {
            if (target.isMissingNode()) {
                throw new ManifestException(origin + ": a JSON 6902 patch needs a target");
            }
            targets(objects, target, origin).forEach(t -> JsonPatch.apply(t, documents.get(0), origin));
            return;
        }
        for (JsonNode document : documents) {
            JsonNode selector = target.isMissingNode() ? identity(document) : target;
            targets(objects, selector, origin).forEach(t -> StrategicMergePatch.apply(t, (ObjectNode) document));
        }
    }

    /** A strategic merge patch without a target patches the object with its own kind and name. */
    private static JsonNode identity(JsonNode document) {
        ObjectNode selector = Yaml.MAPPER.createObjectNode();
        selector.put("kind", document.path("kind").asText());
        selector.put("name", Pattern.quote(document.path("metadata").path("name").asText()));
        return selector;
    }

    private static List<KubeObject> targets(List<KubeObject> objects, JsonNode target, String origin) {
        String kind = target.path("kind").asText();
        String group = target.path("group").asText(null);
        String version = target.path("version").asText(null);
        // kustomize reads a target's name as a regular expression over the whole name
        Pattern name = Pattern.compile(target.path("name").asText(".*"));
        List<KubeObject> matches = objects.stream()
                .filter(o -> kind.isEmpty() || o.kind().equals(kind))
                .filter(o -> name.matcher(o.name()).matches())
                .filter(o -> group == null || group(o).equals(group))
                .filter(o -> version == null || o.apiVersion().equals(version)
                        || o.apiVersion().endsWith("/" + version))
                .toList();
        if (matches.isEmpty()) {
            throw new ManifestException(origin + ": the patch's target " + target + " matches no object");
        }
        return matches;
    }

    private static String group(KubeObject object) {
        String apiVersion = object.apiVersion();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    private void label(List<KubeObject> objects, JsonNode label) {
        if (label.path("includeSelectors").asBoolean(false)) {
            throw new ManifestException(file + ": labels with includeSelectors: true would change immutable"
                    + " selectors; only includeSelectors: false is supported");
        }
        boolean templates = label.path("includeTemplates").asBoolean(false);
        for (KubeObject object : objects) {
            ObjectNode labels = object.metadata().withObject("/labels");
            addAll(labels, label.path("pairs"));
            JsonNode template = object.node().path("spec").path("template");
            if (templates && template.isObject()) {
                addAll(((ObjectNode) template).withObject("/metadata").withObject("/labels"), label.path("pairs"));
            }
        }
    }

    private static void addAll(ObjectNode labels, JsonNode pairs) {
        Iterator<String> names = pairs.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            labels.put(name, pairs.get(name).asText());
        }
    }

    private void replicas(List<KubeObject> objects, JsonNode replicas) {
        String name = replicas.path("name").asText();
        List<KubeObject> matches = objects.stream()
                .filter(o -> REPLICATED_KINDS.contains(o.kind()) && o.name().equals(name)).toList();
        if (matches.isEmpty()) {
            throw new ManifestException(file + ": replicas for '" + name + "' match no Deployment or StatefulSet");
        }
        matches.forEach(o -> ((ObjectNode) o.node().withObject("/spec")).put("replicas",
                replicas.path("count").asInt()));
    }

    private static void checkUnique(List<KubeObject> objects) {
        Set<String> ids = new HashSet<>();
        for (KubeObject object : objects) {
            if (!ids.add(object.id())) {
                throw new ManifestException("two objects are " + object.id() + " (the second from "
                        + object.origin() + ")");
            }
        }
    }
}
