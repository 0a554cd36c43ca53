package org.youthjustice.deploy.k8s;

import java.nio.file.Path;
import java.util.List;

/** The test fixtures under src/test/resources/fixtures and the module's own directories. */
final class Fixtures {

    static final Path MODULE = Path.of(System.getProperty("k8s.manifests", ".")).toAbsolutePath().normalize();
    static final Path FIXTURES = MODULE.resolve("src/test/resources/fixtures");
    static final Path CRDS = MODULE.resolve("crds");

    private Fixtures() {
    }

    /** A fresh rendering of the compliant fixture, which a test may break. */
    static List<KubeObject> compliant() {
        return Kustomization.render(FIXTURES.resolve("compliant"));
    }

    static KubeObject find(List<KubeObject> objects, String kind, String name) {
        return objects.stream().filter(o -> o.is(kind, name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
