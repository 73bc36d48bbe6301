package com.pazpaz.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Asks the OS for a currently unused TCP port. */
final class FreePorts {

    private FreePorts() {}

    /**
     * Returns a port that was free a moment ago. There is a small race until the caller binds it, which is
     * acceptable here: the servers need the number up front (Kafka's quorum voter string must name the controller
     * port before the controller starts, and the broker advertises its port to clients).
     */
    static int pick() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port available", e);
        }
    }

    /** Like {@link #pick()}, but never returns {@code taken}. */
    static int pickOtherThan(int taken) {
        int port = pick();
        while (port == taken) {
            port = pick();
        }
        return port;
    }
}
