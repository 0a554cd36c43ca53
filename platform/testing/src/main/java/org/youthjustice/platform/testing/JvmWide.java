package org.youthjustice.platform.testing;

import java.util.function.Supplier;

/**
 * Infrastructure shared by every test class of one test JVM.
 *
 * <p>Quarkus may load test resources in a new class loader each time it restarts the application, so a static
 * field would not survive; the system properties are the one registry all class loaders see. Values kept here
 * are either strings or JDK types ({@link Runnable}), which every class loader can cast.
 */
final class JvmWide {

    private JvmWide() {
    }

    /** The string stored under {@code key}, created once per JVM by {@code start}. */
    static synchronized String once(String key, Supplier<String> start) {
        String value = System.getProperty(key);
        if (value == null) {
            value = start.get();
            System.setProperty(key, value);
        }
        return value;
    }

    static synchronized void putAction(String key, Runnable action) {
        System.getProperties().put(key, action);
    }

    static synchronized Runnable action(String key) {
        Object action = System.getProperties().get(key);
        if (!(action instanceof Runnable runnable)) {
            throw new IllegalStateException("no shared test infrastructure registered under " + key);
        }
        return runnable;
    }

    static void onShutdown(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action, "stop-" + name));
    }
}
