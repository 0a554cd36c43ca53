package org.youthjustice.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;

import java.nio.file.Path;

/**
 * The whole suite, started the way {@code deploy/local/run} starts it (the same launcher code) on free ports
 * with its data under {@code system-tests/target/suite}, once for all system test classes of the JVM. A test takes
 * its {@link SuiteSettings} as a parameter, or the {@link Suite} itself when it crashes or hangs a part of it.
 */
public class RunningSuite implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSuite.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        handle(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SuiteSettings.class || type == Suite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Handle handle = handle(context);
        return parameter.getParameter().getType() == Suite.class ? handle.suite() : handle.settings();
    }

    private static Handle handle(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Handle.class, key -> start(), Handle.class);
    }

    private static Handle start() {
        Path moduleDir = Path.of("").toAbsolutePath();
        Path repoRoot = moduleDir.getParent();
        SuiteSettings settings = SuiteSettings.withFreePorts(repoRoot, moduleDir.resolve("target/suite"));
        return new Handle(settings, Suite.launch(settings, System.out));
    }

    /** Closed by JUnit with the root context, at the end of the test run. */
    record Handle(SuiteSettings settings, Suite suite) implements AutoCloseable {
        @Override
        public void close() {
            suite.close();
        }
    }
}
