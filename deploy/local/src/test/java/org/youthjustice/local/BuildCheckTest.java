package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision of {@code deploy/local/run} to rebuild, on a repository tree of its own: sources written two hours
 * ago, every application built one hour ago, then the change each test makes.
 */
class BuildCheckTest {

    private static final Instant SOURCES_AT = Instant.now().minus(Duration.ofHours(2));
    private static final Instant BUILT_AT = Instant.now().minus(Duration.ofHours(1));
    /** Later than the folders that writing a changed file touches, so that the file itself is the newest. */
    private static final Instant CHANGED_AT = Instant.now().plus(Duration.ofMinutes(1));
    private static final List<String> SERVICES = List.of("case-service", "worker-service", "procurement-service",
            "notification-service", "gateway");

    @TempDir
    Path root;

    @BeforeEach
    void aRepositoryBuiltAfterItsSources() throws IOException {
        write("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <artifactId>youth-justice-support</artifactId>
                  <modules>
                    <module>platform/correlation</module>
                    <module>platform/messaging</module>
                    <module>platform/testing</module>
                    <module>case-service</module>
                    <module>worker-service</module>
                    <module>procurement-service</module>
                    <module>notification-service</module>
                    <module>gateway</module>
                    <module>deploy/local</module>
                  </modules>
                </project>
                """, SOURCES_AT);
        module("platform/correlation", "platform-correlation", "");
        module("platform/messaging", "platform-messaging", dependency("platform-correlation", ""));
        module("platform/testing", "platform-testing", "");
        module("case-service", "case-service",
                dependency("platform-messaging", "") + dependency("platform-testing", "test"));
        for (String service : List.of("worker-service", "procurement-service", "notification-service", "gateway")) {
            module(service, service, dependency("platform-testing", "test"));
        }
        module("deploy/local", "local-run", "");
        for (String service : SERVICES) {
            write(service + "/target/quarkus-app/quarkus-run.jar", "jar", BUILT_AT);
        }
        write("deploy/local/target/local-run-0.1.0-SNAPSHOT.jar", "jar", BUILT_AT);
        write("deploy/local/target/lib/kafka.jar", "jar", BUILT_AT);
        write("deploy/local/target/keycloak-" + KeycloakServer.version() + "/bin/kc.sh", "kc", BUILT_AT);
        // folders too: writing the files above made their folders newer than the build
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                Files.setLastModifiedTime(folder, FileTime.from(folder.toString().contains("target") ? BUILT_AT
                        : SOURCES_AT));
            }
        }
    }

    @Test
    void applicationsBuiltAfterEverySourceAreStartedAsTheyAre() {
        assertEquals(List.of(), BuildCheck.check(root));
    }

    @Test
    void aChangedClassRebuildsItsServiceOnlyAndSaysWhichFile() throws IOException {
        write("worker-service/src/main/java/Agency.java", "changed", CHANGED_AT);

        assertEquals(List.of(new BuildCheck.OutOfDate("worker-service",
                "worker-service/src/main/java/Agency.java is newer than worker-service/target/quarkus-app/quarkus-run.jar")),
                BuildCheck.check(root));
    }

    @Test
    void aChangedMigrationOrPomCounts() throws IOException {
        write("procurement-service/src/main/resources/db/migration/V9__more.sql", "alter", CHANGED_AT);
        write("gateway/pom.xml", Files.readString(root.resolve("gateway/pom.xml")), CHANGED_AT);

        assertEquals(List.of("procurement-service", "gateway"), modules(BuildCheck.check(root)));
    }

    @Test
    void aChangeInAPlatformModuleRebuildsTheServicesThatUseItAlsoThroughAnotherModule() throws IOException {
        write("platform/correlation/src/main/java/CorrelationId.java", "changed", CHANGED_AT);

        assertEquals(List.of(new BuildCheck.OutOfDate("case-service",
                "platform/correlation/src/main/java/CorrelationId.java is newer than "
                        + "case-service/target/quarkus-app/quarkus-run.jar")),
                BuildCheck.check(root));
    }

    @Test
    void aDeletedSourceCountsThroughItsFolder() throws IOException {
        Files.delete(root.resolve("notification-service/src/main/java/Main.java"));

        assertEquals(List.of(new BuildCheck.OutOfDate("notification-service",
                "notification-service/src/main/java/ (a file added, removed or renamed) is newer than "
                        + "notification-service/target/quarkus-app/quarkus-run.jar")),
                BuildCheck.check(root));
    }

    @Test
    void theRootPomRebuildsEveryApplication() throws IOException {
        write("pom.xml", Files.readString(root.resolve("pom.xml")), CHANGED_AT);

        assertEquals(List.of("case-service", "worker-service", "procurement-service", "notification-service",
                "gateway", "deploy/local"), modules(BuildCheck.check(root)));
    }

    @Test
    void testsTestOnlyDependenciesAndBuildOutputDoNotCount() throws IOException {
        write("case-service/src/test/java/CaseTest.java", "changed", CHANGED_AT);
        write("platform/testing/src/main/java/TestInfrastructure.java", "changed", CHANGED_AT);
        write("worker-service/target/classes/Generated.class", "built", CHANGED_AT);

        assertEquals(List.of(), BuildCheck.check(root));
    }

    @Test
    void aMissingJarOrKeycloakIsBuiltWhateverTheTimes() throws IOException {
        Files.delete(root.resolve("case-service/target/quarkus-app/quarkus-run.jar"));
        Files.delete(root.resolve("deploy/local/target/keycloak-" + KeycloakServer.version() + "/bin/kc.sh"));

        assertEquals(List.of(
                new BuildCheck.OutOfDate("case-service",
                        "not built (case-service/target/quarkus-app/quarkus-run.jar missing)"),
                new BuildCheck.OutOfDate("deploy/local", "not built (deploy/local/target/keycloak-"
                        + KeycloakServer.version() + "/bin/kc.sh missing)")),
                BuildCheck.check(root));
    }

    @Test
    void theLauncherIsRebuiltWhenItsOwnSourcesChanged() throws IOException {
        write("deploy/local/src/main/java/org/youthjustice/local/DemoBase.java", "changed", CHANGED_AT);

        assertEquals(List.of(new BuildCheck.OutOfDate("deploy/local",
                "deploy/local/src/main/java/org/youthjustice/local/DemoBase.java is newer than "
                        + "deploy/local/target/local-run-0.1.0-SNAPSHOT.jar")),
                BuildCheck.check(root));
    }

    private void module(String folder, String artifactId, String dependencies) throws IOException {
        write(folder + "/pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <parent><artifactId>youth-justice-support</artifactId></parent>
                  <artifactId>%s</artifactId>
                  <dependencyManagement><dependencies>%s</dependencies></dependencyManagement>
                  <dependencies>%s</dependencies>
                </project>
                """.formatted(artifactId, dependency("platform-testing", ""), dependencies), SOURCES_AT);
        write(folder + "/src/main/java/Main.java", "class Main {}", SOURCES_AT);
        write(folder + "/src/main/resources/application.properties", "", SOURCES_AT);
    }

    /** A dependency, with a scope when {@code scope} is not empty. */
    private static String dependency(String artifactId, String scope) {
        return "<dependency><groupId>org.youthjustice</groupId><artifactId>" + artifactId + "</artifactId>"
                + (scope.isEmpty() ? "" : "<scope>" + scope + "</scope>") + "</dependency>";
    }

    private void write(String path, String content, Instant modified) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static List<String> modules(List<BuildCheck.OutOfDate> outOfDate) {
        return outOfDate.stream().map(BuildCheck.OutOfDate::module).toList();
    }
}
