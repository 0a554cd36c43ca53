package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Secrets are referenced, never written (deploy/k8s/SECRETS.md): no Secret object carries data, and no environment
 * variable whose name looks secret (a PASSWORD, SECRET, JAAS, TOKEN or KEY word) has a literal {@code value}; it must
 * come from {@code valueFrom.secretKeyRef}. A variable that names a file ({@code ..._FILE}, {@code _PATH},
 * {@code _DIR}) with an absolute path is a pointer to a mounted Secret, not a secret. Every {@code env} list of every
 * object is checked, custom resources' pod templates included.
 */
final class SecretLiterals implements Policy {

    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWORDS", "SECRET", "SECRETS", "JAAS",
            "TOKEN", "TOKENS", "KEY", "KEYS");
    private static final Set<String> FILE_WORDS = Set.of("FILE", "PATH", "DIR");

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (KubeObject object : objects) {
            if (object.kind().equals("Secret") && (!object.node().path("data").isEmpty()
                    || !object.node().path("stringData").isEmpty())) {
                violations.add(object.id() + ": a Secret with data in a manifest; reference it, ops create it");
            }
            environments(object.node(), object, violations);
        }
        return violations;
    }

    private static void environments(JsonNode node, KubeObject object, List<String> violations) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("env") && field.getValue().isArray()) {
                    field.getValue().forEach(variable -> check(variable, object, violations));
                } else {
                    environments(field.getValue(), object, violations);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> environments(child, object, violations));
        }
    }

    private static void check(JsonNode variable, KubeObject object, List<String> violations) {
        String name = variable.path("name").asText();
        if (variable.has("value") && secretLooking(name) && !filePointer(name, variable.path("value").asText())) {
            violations.add(object.id() + ": env " + name + " has a literal value; use valueFrom.secretKeyRef");
        }
    }

    static boolean secretLooking(String name) {
        for (String word : name.toUpperCase().split("[_.-]")) {
            if (SECRET_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean filePointer(String name, String value) {
        String[] words = name.toUpperCase().split("[_.-]");
        return FILE_WORDS.contains(words[words.length - 1]) && value.startsWith("/");
    }
}
