package org.youthjustice.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Which applications of the suite {@code deploy/local/run} must rebuild before it starts them, so that a
 * {@code git pull} or an edit never runs stale code unnoticed. An application (each service's
 * {@code quarkus-run.jar}, the launcher's jar with its classpath and Keycloak) is out of date when it is missing,
 * or when one of its sources is newer than it: the root {@code pom.xml}, and the {@code pom.xml} and every file and
 * folder under {@code src/main} of its module and of each module of the repository it depends on outside the test
 * scope. Folders count because deleting a file changes only its folder's time.
 * <p>
 * {@link #main} prints one line per application to rebuild, {@code <module folder> TAB <why>}, for the script to
 * pass to {@code mvnw -pl}; it prints nothing when everything is up to date.
 */
final class BuildCheck {

    /** The launcher's module: its jar, its copied runtime classpath and the unpacked Keycloak. */
    static final String LAUNCHER_MODULE = "deploy/local";

    /** An application to rebuild: its module folder, relative to the repository root, and why. */
    record OutOfDate(String module, String reason) {
    }

    /** A built application: the file whose time is the build's, and what else must exist to start it. */
    private record Application(String module, Optional<Path> built, List<Path> required) {
    }

    private final Path repoRoot;
    /** Module folder (relative, e.g. {@code platform/messaging}) of each artifactId the root pom aggregates. */
    private final Map<String, String> moduleOfArtifact = new HashMap<>();
    /** Module folder to the module folders it depends on outside the test scope, directly. */
    private final Map<String, List<String>> dependencies = new HashMap<>();

    private BuildCheck(Path repoRoot) {
        this.repoRoot = repoRoot;
        for (String module : childTexts(project(repoRoot.resolve("pom.xml")), "modules", "module")) {
            Path pom = repoRoot.resolve(module).resolve("pom.xml");
            if (Files.exists(pom)) {
                moduleOfArtifact.put(childText(project(pom), "artifactId").orElse(module), module);
            }
        }
    }

    /** The applications to rebuild, in the order of the suite, the launcher last. */
    static List<OutOfDate> check(Path repoRoot) {
        return new BuildCheck(repoRoot.toAbsolutePath().normalize()).outOfDate();
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty(LocalRun.ROOT_PROPERTY, ".")).toAbsolutePath().normalize();
        // a running suite's jars are never rebuilt under it: the launcher then says that it runs and how to stop it
        if (new RunState(SuiteSettings.dataDirFromEnvironment(root, System.getenv())).launcher().isPresent()) {
            return;
        }
        for (OutOfDate application : check(root)) {
            System.out.println(application.module() + "\t" + application.reason());
        }
    }

    private List<OutOfDate> outOfDate() {
        List<OutOfDate> result = new ArrayList<>();
        for (Application application : applications()) {
            List<String> missing = application.required().stream().filter(path -> !Files.exists(path))
                    .map(path -> repoRoot.relativize(path).toString()).toList();
            if (application.built().isEmpty() || !missing.isEmpty()) {
                result.add(new OutOfDate(application.module(), "not built"
                        + (missing.isEmpty() ? "" : " (" + String.join(", ", missing) + " missing)")));
                continue;
            }
            Path built = application.built().get();
            newerSource(application.module(), modified(built)).ifPresent(source -> result.add(
                    new OutOfDate(application.module(), source + " is newer than " + repoRoot.relativize(built))));
        }
        return result;
    }

    private List<Application> applications() {
        List<Application> applications = new ArrayList<>();
        for (ServiceModule service : ServiceModule.values()) {
            Path jar = service.jar(repoRoot);
            applications.add(new Application(service.module(), Optional.of(jar).filter(Files::exists), List.of(jar)));
        }
        Path target = repoRoot.resolve(LAUNCHER_MODULE).resolve("target");
        Optional<Path> launcherJar = entries(target).filter(path -> {
            String name = path.getFileName().toString();
            return name.startsWith("local-run-") && name.endsWith(".jar") && !name.endsWith("-sources.jar")
                    && !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar");
        }).findFirst();
        applications.add(new Application(LAUNCHER_MODULE, launcherJar, List.of(target.resolve("lib"),
                target.resolve("keycloak-" + KeycloakServer.version()).resolve("bin/kc.sh"))));
        return applications;
    }

    /**
     * The newest source of {@code module} (the root pom, and the sources of the module and of every module it needs
     * at run time) when it is newer than {@code builtAt}. A file is named rather than a folder when one is newer:
     * a folder's time also moves when a tool rewrites a file in it through a new one.
     */
    private Optional<String> newerSource(String module, FileTime builtAt) {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        files.add(repoRoot.resolve("pom.xml"));
        for (String needed : withRuntimeDependencies(module)) {
            Path folder = repoRoot.resolve(needed);
            files.add(folder.resolve("pom.xml"));
            Path main = folder.resolve("src/main");
            if (Files.isDirectory(main)) {
                try (Stream<Path> tree = Files.walk(main)) {
                    tree.forEach(path -> (Files.isDirectory(path) ? folders : files).add(path));
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read " + main, e);
                }
            }
        }
        Optional<String> file = newest(files, builtAt).map(path -> repoRoot.relativize(path).toString());
        return file.isPresent() ? file : newest(folders, builtAt)
                .map(path -> repoRoot.relativize(path) + "/ (a file added, removed or renamed)");
    }

    private static Optional<Path> newest(List<Path> paths, FileTime after) {
        return paths.stream().filter(Files::exists).max(Comparator.comparing(BuildCheck::modified))
                .filter(path -> modified(path).compareTo(after) > 0);
    }

    private Set<String> withRuntimeDependencies(String module) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(module));
        while (!next.isEmpty()) {
            String current = next.pop();
            if (seen.add(current)) {
                next.addAll(dependenciesOf(current));
            }
        }
        return seen;
    }

    private List<String> dependenciesOf(String module) {
        return dependencies.computeIfAbsent(module, key -> {
            Path pom = repoRoot.resolve(key).resolve("pom.xml");
            if (!Files.exists(pom)) {
                return List.of();
            }
            List<String> modules = new ArrayList<>();
            for (Element dependency : children(project(pom), "dependencies", "dependency")) {
                boolean testOnly = childText(dependency, "scope").map("test"::equals).orElse(false);
                Optional<String> inRepo = childText(dependency, "artifactId").map(moduleOfArtifact::get);
                if (!testOnly && inRepo.isPresent()) {
                    modules.add(inRepo.get());
                }
            }
            return modules;
        });
    }

    private static Stream<Path> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the time of " + path, e);
        }
    }

    /** The {@code project} element of a pom. */
    private static Element project(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("could not read " + pom + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + pom, e);
        }
    }

    /** The {@code leaf} elements inside the direct child {@code list} of {@code parent} (e.g. modules/module). */
    private static List<Element> children(Element parent, String list, String leaf) {
        List<Element> result = new ArrayList<>();
        for (Element container : directChildren(parent, list)) {
            result.addAll(directChildren(container, leaf));
        }
        return result;
    }

    private static List<String> childTexts(Element parent, String list, String leaf) {
        return children(parent, list, leaf).stream().map(element -> element.getTextContent().trim()).toList();
    }

    private static Optional<String> childText(Element parent, String name) {
        return directChildren(parent, name).stream().findFirst().map(element -> element.getTextContent().trim());
    }

    /** Direct children only, so that a dependency of {@code dependencyManagement} or a plugin is not taken. */
    private static List<Element> directChildren(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }
}
