package org.youthjustice.deploy.k8s;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The build's verdict on deploy/k8s/overlays: every overlay renders, validates and keeps every policy. */
class OverlaysTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "../.."))
            .toAbsolutePath().normalize();
    private static final Path REALM = REPOSITORY.resolve("deploy/keycloak/youth-justice-realm.production.json");

    private static SchemaValidation schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = SchemaValidation.of(Fixtures.CRDS);
    }

    @Test
    void everyOverlayIsValidAndKeepsEveryPolicy() {
        Overlays overlays = new Overlays(schemas, Policies.all(ServiceTopics.scan(REPOSITORY), REALM));

        Map<String, List<String>> problems = overlays.check(Fixtures.MODULE.resolve("overlays"));

        assertThat(problems).isNotEmpty().allSatisfy((overlay, found) -> assertThat(found)
                .as("problems of overlays/%s", overlay).isEmpty());
    }

    @Test
    void noOverlayFails(@TempDir Path empty) {
        Overlays overlays = new Overlays(schemas, Policies.all(List.of(), REALM));

        assertThatThrownBy(() -> overlays.check(empty)).isInstanceOf(ManifestException.class)
                .hasMessageContaining("no overlay under");
    }

    @Test
    void anOverlayWithAnInvalidObjectOrABrokenPolicyFails(@TempDir Path overlaysDirectory) throws IOException {
        Path compliant = Fixtures.FIXTURES.resolve("compliant");
        overlay(overlaysDirectory.resolve("a-good"), compliant, "");
        overlay(overlaysDirectory.resolve("b-misspelt"), compliant, """
                patches:
                  - target: {kind: Deployment, name: case-service}
                    patch: |-
                      - op: add
                        path: /spec/template/spec/containers/0/securityContext/readOnlyRootFileSystem
                        value: true
                """);
        overlay(overlaysDirectory.resolve("c-one-replica"), compliant, """
                patches:
                  - target: {kind: HorizontalPodAutoscaler, name: case-service}
                    patch: |-
                      - op: replace
                        path: /spec/minReplicas
                        value: 1
                """);
        overlay(overlaysDirectory.resolve("d-unrenderable"), compliant, "namePrefix: x-\n");
        List<ServiceTopics> services = List.of(new ServiceTopics("case-service", Set.of("cases.v1"),
                Set.of(), Set.of("workers.v1.dlq")));
        Overlays overlays = new Overlays(schemas, Policies.all(services, compliant.resolve("realm.json")));

        Map<String, List<String>> problems = overlays.check(overlaysDirectory);

        assertThat(problems.get("a-good")).isEmpty();
        assertThat(problems.get("b-misspelt")).singleElement().asString().contains("readOnlyRootFileSystem");
        assertThat(problems.get("c-one-replica")).singleElement().asString().contains("minReplicas 1 is below 2");
        assertThat(problems.get("d-unrenderable")).singleElement().asString().contains("'namePrefix'");
    }

    private static void overlay(Path directory, Path base, String more) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("kustomization.yaml"), "resources: [" + base + "]\n" + more);
    }
}
