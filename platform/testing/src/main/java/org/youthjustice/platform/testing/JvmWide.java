package org.youthjustice.platform.testing;

import javax.management.JMException;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Infrastructure shared by every test class of one test JVM.
 *
 * <p>Quarkus may load test resources in a new class loader each time it restarts the application, so a static
 * field would not survive; the system properties are the one registry all class loaders see. Only strings go
 * there: libraries such as Narayana copy every system property and fail on other values. Objects that must be
 * reached again (the broker, to stop and start it) are registered as MBeans on the platform MBean server, which
 * every class loader reaches too.
 *
 * <p>Public, like the members the other classes of this package use: Quarkus can load two classes of one package
 * in different class loaders, and then package-private access fails with an {@link IllegalAccessError}.
 */
public final class JvmWide {

    private JvmWide() {
    }

    /** The string stored under {@code key}, created once per JVM by {@code start}. */
    public static synchronized String once(String key, Supplier<String> start) {
        String value = System.getProperty(key);
        if (value == null) {
            value = start.get();
            System.setProperty(key, value);
        }
        return value;
    }

    public static void register(ObjectName name, Object mbean) {
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(mbean, name);
        } catch (JMException e) {
            throw new IllegalStateException("could not register " + name, e);
        }
    }

    /** Runs an operation without parameters of a registered MBean, whichever class loader registered it. */
    public static void invoke(ObjectName name, String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(name, operation, new Object[0], new String[0]);
        } catch (JMException e) {
            throw new IllegalStateException(operation + " of " + name + " failed", e);
        }
    }

    public static ObjectName name(String type) {
        try {
            return new ObjectName("org.youthjustice.platform.testing:type=" + type);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static void onShutdown(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action, "stop-" + name));
    }
}
