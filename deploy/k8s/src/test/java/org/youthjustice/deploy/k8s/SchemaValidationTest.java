package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthjustice.deploy.k8s.Fixtures.find;

class SchemaValidationTest {

    private static SchemaValidation validation;

    @BeforeAll
    static void loadSchemas() {
        validation = SchemaValidation.of(Fixtures.CRDS);
    }

    @Test
    void compliantFixtureIsValid() {
        assertThat(validation.validate(Fixtures.compliant())).isEmpty();
    }

    @Test
    void unknownFieldOfABuiltInKindIsRefused() {
        List<KubeObject> objects = Fixtures.compliant();
        ObjectNode container = (ObjectNode) find(objects, "Deployment", "case-service").node()
                .at("/spec/template/spec/containers/0/securityContext");
        container.put("readOnlyRootFileSystem", true);

        assertThat(validation.validate(objects)).singleElement().asString()
                .contains("Deployment youth-justice/case-service").contains("readOnlyRootFileSystem");
    }

    @Test
    void unknownFieldInMetadataIsRefused() {
        List<KubeObject> objects = Fixtures.compliant();
        find(objects, "KafkaTopic", "cases-v1").metadata().put("label", "x");

        assertThat(validation.validate(objects)).singleElement().asString().contains("KafkaTopic").contains("label");
    }

    @Test
    void wrongTypeIsRefused() {
        List<KubeObject> objects = Fixtures.compliant();
        ((ObjectNode) find(objects, "Deployment", "case-service").spec()).put("replicas", "two");

        assertThat(validation.validate(objects)).singleElement().asString().contains("replicas");
    }

    @Test
    void quantitiesAndIntOrStringsTakeTheirYamlShapes() {
        List<KubeObject> objects = Fixtures.compliant();
        ObjectNode limits = (ObjectNode) find(objects, "Deployment", "case-service").node()
                .at("/spec/template/spec/containers/0/resources/limits");
        limits.put("cpu", 2);
        limits.put("memory", "a lot");
        ((ObjectNode) find(objects, "PodDisruptionBudget", "case-service").spec()).put("minAvailable", "50%");

        // the quantity's two shapes each report the text that is neither
        assertThat(validation.validate(objects)).isNotEmpty().allSatisfy(error -> assertThat(error)
                .contains("Deployment youth-justice/case-service").contains("limits.memory"));
    }

    @Test
    void unknownFieldOfACustomResourceIsRefused() {
        List<KubeObject> objects = Fixtures.compliant();
        ((ObjectNode) find(objects, "KafkaTopic", "cases-v1").spec()).put("replication", 3);

        assertThat(validation.validate(objects)).singleElement().asString().contains("replication");
    }

    @Test
    void customResourceFieldOfTheWrongTypeIsRefused() {
        List<KubeObject> objects = Fixtures.compliant();
        ((ObjectNode) find(objects, "KafkaTopic", "cases-v1").spec()).put("partitions", "twelve");

        assertThat(validation.validate(objects)).singleElement().asString().contains("partitions");
    }

    @Test
    void apiVersionNotServedByTheOperatorIsRefused() {
        List<KubeObject> objects = Fixtures.compliant();
        find(objects, "KafkaTopic", "cases-v1").node().put("apiVersion", "kafka.strimzi.io/v1beta2");

        assertThat(validation.validate(objects)).singleElement().asString()
                .contains("no schema for apiVersion kafka.strimzi.io/v1beta2 kind KafkaTopic");
    }

    @Test
    void kindOutsideKubernetes130IsRefused() {
        List<KubeObject> objects = Fixtures.compliant();
        find(objects, "HorizontalPodAutoscaler", "case-service").node().put("apiVersion", "autoscaling/v2beta1");

        assertThat(validation.validate(objects)).singleElement().asString().contains("no schema");
    }

    @Test
    void nullFieldsArePrunedAsTheApiServerDoes() {
        List<KubeObject> objects = Fixtures.compliant();
        ((ObjectNode) find(objects, "KafkaTopic", "cases-v1").spec()).putNull("partitions");
        ((ObjectNode) find(objects, "Deployment", "case-service").spec()).putNull("strategy");

        assertThat(validation.validate(objects)).isEmpty();
    }

    @Test
    void theProductionRealmFitsTheKeycloakOperatorsRealmImport() throws IOException {
        List<KubeObject> objects = Fixtures.compliant();
        JsonNode realm = new ObjectMapper().readTree(Files.readString(Fixtures.MODULE
                .resolve("../keycloak/youth-justice-realm.production.json")));
        ((ObjectNode) find(objects, "KeycloakRealmImport", "youth-justice").spec()).set("realm", realm);

        assertThat(validation.validate(objects)).isEmpty();
    }
}
