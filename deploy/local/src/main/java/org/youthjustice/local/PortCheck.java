package org.youthjustice.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Tells whether a port can be taken, before a part is started on it. */
final class PortCheck {

    private PortCheck() {
    }

    /** Every port of the suite is free, or the first taken one is named with the variable that moves it. */
    static void requireAllFree(SuiteSettings settings) {
        for (PortSetting setting : PortSetting.values()) {
            requireFree(setting, settings.port(setting));
        }
    }

    static void requireFree(PortSetting setting, int port) {
        if (!isFree(port)) {
            throw new SuiteStartException("port " + port + " (" + setting.part() + ") is in use: set "
                    + setting.variable() + " to a free port");
        }
    }

    /**
     * Binds the wildcard address: that fails when anything listens on the port on any interface, while sockets in
     * TIME_WAIT from a part that just stopped do not count (SO_REUSEADDR).
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Something accepts connections on 127.0.0.1 at this port. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(SuiteSettings.HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
