package org.youthjustice.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Learns of every alert committed on any replica: one connection per instance LISTENs on the channel the
 * {@code notification} table's trigger NOTIFYs at commit (the payload is the seq only), on a thread of its own. It
 * reads who the new alerts are for and wakes the streams of those inboxes ({@link LiveStreams}); after (re)connecting
 * it wakes them all, since a notification sent meanwhile is lost. The same connection LISTENs for changes of the
 * e-mail subscribers and webhooks ({@link DeliveryTargets#CHANNEL}), which make {@link DeliveryTargets} forget what it
 * knew; it knows nothing while the connection is down.
 */
@ApplicationScoped
public class StoredAlerts {

    static final String CHANNEL = "notification_stored";

    private static final Logger LOG = Logger.getLogger(StoredAlerts.class);
    /** How long one wait for notifications blocks, so that a stop is noticed within it. */
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    /** Who an alert is for, as stored. */
    record Addressed(String role, String scope, String subject) {

        /** Whether the alert is in {@code owner}'s inbox: the same condition as the inbox's query. */
        boolean reaches(Addressee owner) {
            return owner.subject().equals(subject)
                    || role != null && (scope == null ? owner.roles().contains(role)
                            : scope.equals(owner.scopes().get(role)));
        }
    }

    @Inject
    LiveStreams streams;

    @Inject
    DeliveryTargets targets;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "alert-stream-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.join(2 * WAIT_MILLIS + 1000);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect(); Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
                listen.execute("LISTEN " + DeliveryTargets.CHANNEL);
                targets.listening(true);
                streams.wakeAll();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        received(connection, notifications);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                targets.listening(false);
                if (running) {
                    LOG.warnf("The alert stream's listener lost its connection (%s); reconnecting", e.toString());
                    pause();
                }
            }
        }
        targets.listening(false);
    }

    private void received(Connection connection, PGNotification[] notifications) throws SQLException {
        List<PGNotification> stored = new ArrayList<>();
        for (PGNotification notification : notifications) {
            if (DeliveryTargets.CHANNEL.equals(notification.getName())) {
                targets.forget();
            } else {
                stored.add(notification);
            }
        }
        if (!stored.isEmpty()) {
            streams.alertsStored(recipients(connection, stored));
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "notification-service alert stream");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(url, properties);
    }

    private static List<Addressed> recipients(Connection connection, List<PGNotification> notifications)
            throws SQLException {
        Long[] seqs = new Long[notifications.size()];
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = Long.valueOf(notifications.get(i).getParameter());
        }
        List<Addressed> found = new ArrayList<>();
        Array array = connection.createArrayOf("bigint", seqs);
        try (PreparedStatement query = connection.prepareStatement("""
                select recipient_role, recipient_scope, recipient_subject from notification where seq = any (?)""")) {
            query.setArray(1, array);
            query.setQueryTimeout(10);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Addressed(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        } finally {
            array.free();
        }
        return found;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
