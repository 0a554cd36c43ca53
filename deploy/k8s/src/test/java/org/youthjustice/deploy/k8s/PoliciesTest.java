package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthjustice.deploy.k8s.Fixtures.find;

/** Each policy holds on the compliant fixture and fails when one thing in a copy of it is broken. */
class PoliciesTest {

    /** What the compliant fixture's case-service uses, as ServiceTopics reads it from code. */
    private static final List<ServiceTopics> SERVICES = List.of(new ServiceTopics("case-service",
            Set.of("cases.v1"), Set.of("workers.v1"), Set.of("workers.v1.dlq")));
    private static final List<Policy> ALL = Policies.all(SERVICES,
            Fixtures.FIXTURES.resolve("compliant/realm.json"));

    @Test
    void compliantFixtureKeepsEveryPolicy() {
        List<KubeObject> objects = Fixtures.compliant();
        // the fixture's topics: cases.v1 and workers.v1.dlq; workers.v1 is added here, not missing
        objects.add(topic("workers-v1", "workers.v1"));

        assertThat(Policies.violations(ALL, objects)).isEmpty();
    }

    @Test
    void missingProbeFails() {
        assertViolation(deployment(d -> container(d).remove("readinessProbe")), "no readinessProbe");
        assertViolation(deployment(d -> container(d).remove("startupProbe")), "no startupProbe");
        assertViolation(deployment(d -> container(d).remove("livenessProbe")), "no livenessProbe");
    }

    @Test
    void probeOnTheWrongHealthEndpointFails() {
        assertViolation(deployment(d -> ((ObjectNode) container(d).at("/livenessProbe/httpGet"))
                .put("path", "/q/health/ready")), "livenessProbe must ask /q/health/live");
    }

    @Test
    void missingRequestOrLimitFails() {
        assertViolation(deployment(d -> ((ObjectNode) container(d).at("/resources/limits")).remove("memory")),
                "no resources.limits.memory");
        assertViolation(deployment(d -> ((ObjectNode) container(d).at("/resources/requests")).remove("cpu")),
                "no resources.requests.cpu");
    }

    @Test
    void rootFails() {
        assertViolation(deployment(d -> ((ObjectNode) d.at("/spec/template/spec/securityContext"))
                .remove("runAsNonRoot")), "runAsNonRoot is not true");
        assertViolation(deployment(d -> ((ObjectNode) container(d).path("securityContext"))
                .put("runAsNonRoot", false)), "runAsNonRoot is not true");
    }

    @Test
    void writableRootFilesystemFails() {
        assertViolation(deployment(d -> ((ObjectNode) container(d).path("securityContext"))
                .put("readOnlyRootFilesystem", false)), "readOnlyRootFilesystem is not true");
    }

    @Test
    void privilegeEscalationFails() {
        assertViolation(deployment(d -> ((ObjectNode) container(d).path("securityContext"))
                .remove("allowPrivilegeEscalation")), "allowPrivilegeEscalation is not false");
    }

    @Test
    void keptCapabilitiesFail() {
        assertViolation(deployment(d -> ((ObjectNode) container(d).at("/securityContext/capabilities"))
                .putArray("drop").add("NET_RAW")), "capabilities do not drop ALL");
        assertViolation(deployment(d -> ((ObjectNode) container(d).at("/securityContext/capabilities"))
                .putArray("add").add("NET_BIND_SERVICE")), "capabilities do not drop ALL");
    }

    @Test
    void unconfinedSeccompFails() {
        assertViolation(deployment(d -> ((ObjectNode) d.at("/spec/template/spec/securityContext/seccompProfile"))
                .put("type", "Unconfined")), "seccompProfile is not RuntimeDefault");
    }

    @Test
    void mountedServiceAccountTokenFails() {
        assertViolation(deployment(d -> ((ObjectNode) d.at("/spec/template/spec"))
                .put("automountServiceAccountToken", true)), "pods mount the token of ServiceAccount case-service");
        List<KubeObject> objects = Fixtures.compliant();
        find(objects, "ServiceAccount", "case-service").node().remove("automountServiceAccountToken");
        assertThat(new ServiceAccountTokens().violations(objects)).singleElement().asString()
                .contains("ServiceAccount youth-justice/case-service: automountServiceAccountToken is not false");
    }

    @Test
    void singleReplicaFails() {
        List<KubeObject> objects = Fixtures.compliant();
        ((ObjectNode) find(objects, "HorizontalPodAutoscaler", "case-service").spec()).put("minReplicas", 1);
        assertThat(new Replication().violations(objects)).singleElement().asString()
                .contains("minReplicas 1 is below 2");

        objects.removeIf(o -> o.kind().equals("HorizontalPodAutoscaler"));
        ((ObjectNode) find(objects, "Deployment", "case-service").spec()).remove("replicas");
        assertThat(new Replication().violations(objects)).singleElement().asString()
                .contains("1 replica(s) and no HPA");
    }

    @Test
    void noZoneSpreadFails() {
        assertViolation(deployment(d -> ((ObjectNode) d.at("/spec/template/spec/topologySpreadConstraints/0"))
                .put("topologyKey", "kubernetes.io/hostname")), "no topologySpreadConstraint on "
                + ZoneSpread.ZONE);
    }

    @Test
    void deploymentWithoutDisruptionBudgetFails() {
        List<KubeObject> objects = Fixtures.compliant();
        ((ObjectNode) find(objects, "PodDisruptionBudget", "case-service").spec().at("/selector/matchLabels"))
                .put("app.kubernetes.io/name", "worker-service");

        assertThat(new DisruptionBudgets().violations(objects)).singleElement().asString()
                .contains("Deployment youth-justice/case-service: no PodDisruptionBudget selects its pods");
    }

    @Test
    void deploymentWithoutItsOwnNetworkPolicyFails() {
        List<KubeObject> objects = Fixtures.compliant();
        objects.remove(find(objects, "NetworkPolicy", "case-service"));

        assertThat(new NetworkIsolation().violations(objects)).singleElement().asString()
                .contains("Deployment youth-justice/case-service: no NetworkPolicy selects its pods");
    }

    @Test
    void missingDefaultDenyFails() {
        List<KubeObject> objects = Fixtures.compliant();
        ((ArrayNode) find(objects, "NetworkPolicy", "default-deny").spec().path("policyTypes")).remove(1);

        assertThat(new NetworkIsolation().violations(objects)).singleElement().asString()
                .contains("namespace 'youth-justice': no default-deny NetworkPolicy");
    }

    @Test
    void secretWithDataFails() {
        List<KubeObject> objects = Fixtures.compliant();
        ObjectNode secret = Yaml.MAPPER.createObjectNode().put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("name", "cases-db-app").put("namespace", "youth-justice");
        secret.putObject("stringData").put("password", "not-a-real-one");
        objects.add(new KubeObject(secret, "test"));

        assertThat(new SecretLiterals().violations(objects)).singleElement().asString()
                .contains("Secret youth-justice/cases-db-app: a Secret with data");
    }

    @Test
    void literalValueOnASecretLookingNameFails() {
        for (String name : List.of("QUARKUS_DATASOURCE_PASSWORD", "KAFKA_SASL_JAAS_CONFIG", "CLIENT_SECRET",
                "API_TOKEN", "BLIND_INDEX_KEY")) {
            assertViolation(deployment(d -> ((ArrayNode) container(d).path("env")).addObject().put("name", name)
                    .put("value", "x")), "env " + name + " has a literal value");
        }
    }

    @Test
    void aFilePathNamedKeyIsNoSecret() {
        assertThat(SecretLiterals.secretLooking("IDENTITY_KEY_FILE")).isTrue();
        assertViolation(deployment(d -> ((ArrayNode) container(d).path("env")).addObject()
                .put("name", "IDENTITY_KEY_FILE").put("value", "secret-in-plain-sight")),
                "env IDENTITY_KEY_FILE has a literal value");
        assertThat(SecretLiterals.secretLooking("KEYCLOAK_URL")).isFalse();
    }

    @Test
    void topicUsedInCodeWithoutKafkaTopicFails() {
        assertThat(new KafkaTopics(SERVICES).violations(Fixtures.compliant())).singleElement().asString()
                .isEqualTo("topic workers.v1 is used by case-service but has no KafkaTopic");
    }

    @Test
    void topicWithoutThreeReplicasOrMinInSyncTwoFails() {
        List<KubeObject> objects = Fixtures.compliant();
        objects.add(topic("workers-v1", "workers.v1"));
        ObjectNode spec = (ObjectNode) find(objects, "KafkaTopic", "cases-v1").spec();
        spec.put("replicas", 2);
        ((ObjectNode) spec.path("config")).remove("min.insync.replicas");

        assertThat(new KafkaTopics(SERVICES).violations(objects)).containsExactly(
                "KafkaTopic youth-justice/cases-v1: replicas 2, expected 3",
                "KafkaTopic youth-justice/cases-v1: min.insync.replicas unset, expected 2");
    }

    @Test
    void userWritingAnotherServicesTopicFails() {
        List<KubeObject> objects = Fixtures.compliant();
        ArrayNode acls = (ArrayNode) find(objects, "KafkaUser", "case-service").spec().at("/authorization/acls");
        ((ObjectNode) acls.get(2)).putArray("operations").add("Write");

        assertThat(new KafkaUserAcls(SERVICES).violations(objects)).singleElement().asString()
                .contains("may write topic 'workers.v1'; it may write only [cases.v1, workers.v1.dlq]");
    }

    @Test
    void userWritingByPrefixFails() {
        List<KubeObject> objects = Fixtures.compliant();
        ArrayNode acls = (ArrayNode) find(objects, "KafkaUser", "case-service").spec().at("/authorization/acls");
        ((ObjectNode) acls.get(0).path("resource")).put("patternType", "prefix");

        assertThat(new KafkaUserAcls(SERVICES).violations(objects)).singleElement().asString()
                .contains("may write topic prefix 'cases.v1'");
    }

    @Test
    void realmImportDifferentFromTheProductionRealmFails() {
        List<KubeObject> objects = Fixtures.compliant();
        RealmImport policy = new RealmImport(Fixtures.FIXTURES.resolve("compliant/realm.json"));
        ((ObjectNode) find(objects, "KeycloakRealmImport", "youth-justice").spec().at("/realm/roles/realm/0"))
                .put("name", "admin");
        assertThat(policy.violations(objects)).singleElement().asString()
                .contains("spec.realm differs from realm.json at $.roles.realm[0].name");

        objects.removeIf(o -> o.kind().equals("KeycloakRealmImport"));
        assertThat(policy.violations(objects)).containsExactly("no KeycloakRealmImport of realm.json");
    }

    @Test
    void realmImportMayLeaveOutWhatTheRealmSetsToNull() {
        List<KubeObject> objects = Fixtures.compliant();
        ObjectNode realm = (ObjectNode) find(objects, "KeycloakRealmImport", "youth-justice").spec().path("realm");
        realm.putNull("smtpServer");

        assertThat(new RealmImport(Fixtures.FIXTURES.resolve("compliant/realm.json")).violations(objects)).isEmpty();
        realm.put("smtpServer", "smtp.example");
        assertThat(new RealmImport(Fixtures.FIXTURES.resolve("compliant/realm.json")).violations(objects))
                .singleElement().asString().contains("at $.smtpServer");
    }

    private static List<KubeObject> deployment(Consumer<ObjectNode> breakage) {
        List<KubeObject> objects = Fixtures.compliant();
        breakage.accept(find(objects, "Deployment", "case-service").node());
        return objects;
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }

    private static KubeObject topic(String name, String topicName) {
        KubeObject topic = find(Fixtures.compliant(), "KafkaTopic", "cases-v1");
        topic.metadata().put("name", name);
        ((ObjectNode) topic.spec()).put("topicName", topicName);
        return topic;
    }

    /** Exactly one violation, of every policy together, and it says {@code expected}. */
    private static void assertViolation(List<KubeObject> objects, String expected) {
        objects.add(topic("workers-v1", "workers.v1"));
        assertThat(Policies.violations(ALL, objects)).singleElement().asString().contains(expected);
    }
}
