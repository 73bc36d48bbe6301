package com.pazpaz.embedded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Unix-domain socket of a PostgreSQL cluster on this machine, and the pgjdbc parameters that connect through
 * it (junixsocket's socket factory) instead of over loopback TCP. A round trip through the socket costs the machine
 * about a quarter less CPU than one over loopback TCP (docs/benchmarks/profile-reads.md, "The socket"), and every
 * statement, commit and stream read of the stack is a round trip. TCP stays open for outside clients (psql -h).
 */
record UnixSocket(Path path) {

    /** The kernel's limit on a socket's path (sun_path, 108 bytes with its terminating zero). */
    private static final int MAX_PATH_BYTES = 107;
    /** The file name PostgreSQL gives its socket, at most this long (a port of five digits). */
    private static final String LONGEST_NAME = ".s.PGSQL.65535";

    /** Whether PostgreSQL can put its socket in the directory: a system with such sockets, a path short enough. */
    static boolean fitsIn(Path directory) {
        return hasUnixSockets()
                && directory.resolve(LONGEST_NAME).toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES;
    }

    /** The socket of the cluster listening on port with its sockets in directory, if it is there. */
    static Optional<UnixSocket> of(Path directory, int port) {
        Path socket = directory.resolve(".s.PGSQL." + port);
        return hasUnixSockets() && Files.exists(socket) ? Optional.of(new UnixSocket(socket)) : Optional.empty();
    }

    /** Appended to a JDBC URL without parameters; a path of the data directory needs no escaping in it. */
    String jdbcParameters() {
        return "?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg&socketFactoryArg=" + path;
    }

    private static boolean hasUnixSockets() {
        return !System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }
}
