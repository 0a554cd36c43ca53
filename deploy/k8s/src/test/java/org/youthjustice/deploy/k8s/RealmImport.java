package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The KeycloakRealmImport carries exactly the production realm of deploy/keycloak: the YAML copy in the manifests and
 * the JSON the rest of the suite is tested with must never drift apart. At least one import must exist.
 */
final class RealmImport implements Policy {

    private final Path realmFile;

    RealmImport(Path realmFile) {
        this.realmFile = realmFile;
    }

    @Override
    public List<String> violations(List<KubeObject> objects) {
        JsonNode expected = read();
        List<String> violations = new ArrayList<>();
        List<KubeObject> imports = objects.stream().filter(o -> o.kind().equals("KeycloakRealmImport")).toList();
        if (imports.isEmpty()) {
            violations.add("no KeycloakRealmImport of " + realmFile.getFileName());
        }
        for (KubeObject realmImport : imports) {
            JsonNode realm = realmImport.spec().path("realm");
            if (!Json.equivalent(realm, expected)) {
                violations.add(realmImport.id() + ": spec.realm differs from " + realmFile.getFileName() + " at "
                        + Json.firstDifference(realm, expected, ""));
            }
        }
        return violations;
    }

    private JsonNode read() {
        try {
            return new ObjectMapper().readTree(Files.readString(realmFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
