package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KustomizationTest {

    private static final Path FIXTURE = Fixtures.FIXTURES.resolve("kustomize");

    /** expected.yaml is {@code kubectl kustomize overlay} (kustomize v5.5.0), committed so no kubectl is needed. */
    @Test
    void rendersLikeKubectlKustomize() {
        Map<String, JsonNode> rendered = Kustomization.render(FIXTURE.resolve("overlay")).stream()
                .collect(Collectors.toMap(KubeObject::id, KubeObject::node));
        Map<String, JsonNode> expected = Yaml.documents(FIXTURE.resolve("overlay/expected.yaml")).stream()
                .map(node -> new KubeObject((ObjectNode) node, "expected"))
                .collect(Collectors.toMap(KubeObject::id, KubeObject::node));

        assertThat(rendered.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, node) -> assertThat(rendered.get(id)).as(id).isEqualTo(node));
    }

    @Test
    void secretGeneratorIsRefused(@TempDir Path directory) throws IOException {
        kustomization(directory, """
                secretGenerator:
                  - name: db
                    literals: [password=x]
                """);

        assertThatThrownBy(() -> Kustomization.render(directory)).isInstanceOf(ManifestException.class)
                .hasMessageContaining("secretGenerator is forbidden");
    }

    @Test
    void featureOutsideTheSubsetIsRefused(@TempDir Path directory) throws IOException {
        kustomization(directory, """
                namePrefix: prod-
                """);

        assertThatThrownBy(() -> Kustomization.render(directory))
                .hasMessageContaining("'namePrefix' is outside the supported Kustomize subset");
    }

    @Test
    void hashedGeneratedNamesAreRefused(@TempDir Path directory) throws IOException {
        kustomization(directory, """
                configMapGenerator:
                  - name: app
                    literals: [A=1]
                """);

        assertThatThrownBy(() -> Kustomization.render(directory))
                .hasMessageContaining("needs options.disableNameSuffixHash: true");
    }

    @Test
    void selectorLabelsAreRefused(@TempDir Path directory) throws IOException {
        kustomization(directory, """
                labels:
                  - pairs: {team: a}
                    includeSelectors: true
                """);

        assertThatThrownBy(() -> Kustomization.render(directory)).hasMessageContaining("includeSelectors: true");
    }

    @Test
    void patchMatchingNothingIsRefused(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("topic.yaml"), """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: cases-v1
                """);
        kustomization(directory, """
                resources: [topic.yaml]
                patches:
                  - target: {kind: KafkaTopic, name: workers-v1}
                    patch: |-
                      - op: add
                        path: /spec
                        value: {}
                """);

        assertThatThrownBy(() -> Kustomization.render(directory)).hasMessageContaining("matches no object");
    }

    @Test
    void imageMatchingNoContainerIsRefused(@TempDir Path directory) throws IOException {
        kustomization(directory, """
                resources: [../overlay]
                images:
                  - name: youthjustice/cas-service
                    newTag: 0.1.0
                """.replace("../overlay", FIXTURE.resolve("base").toString()));

        assertThatThrownBy(() -> Kustomization.render(directory))
                .hasMessageContaining("image 'youthjustice/cas-service' is in no container");
    }

    @Test
    void theSameObjectTwiceIsRefused(@TempDir Path directory) throws IOException {
        Path base = FIXTURE.resolve("base");
        kustomization(directory, "resources: [" + base + ", " + base.resolve("deny/default-deny.yaml") + "]\n");

        assertThatThrownBy(() -> Kustomization.render(directory))
                .hasMessageContaining("two objects are NetworkPolicy default-deny");
    }

    @Test
    void missingResourceIsRefused(@TempDir Path directory) throws IOException {
        kustomization(directory, "resources: [nowhere.yaml]\n");

        assertThatThrownBy(() -> Kustomization.render(directory)).hasMessageContaining("'nowhere.yaml' does not exist");
    }

    private static void kustomization(Path directory, String text) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), text);
    }
}
