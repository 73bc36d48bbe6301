package com.pazpaz.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One PostgreSQL and one Kafka broker per test JVM, in temp directories, started lazily on first use,
 * stopped by a JVM shutdown hook. Thread-safe.
 *
 * <p>Starting a server costs seconds, so test classes share these instances and isolate themselves with
 * {@link #freshDatabase()} and unique topic / consumer-group names instead.
 */
public final class TestInfrastructure {

    // Separate locks so that PostgreSQL and Kafka can start concurrently (see startAll()).
    private static final Object POSTGRES_LOCK = new Object();
    private static final Object KAFKA_LOCK = new Object();

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;

    private TestInfrastructure() {}

    public static EmbeddedPostgresServer postgres() {
        synchronized (POSTGRES_LOCK) {
            if (postgres == null) {
                Path directory = tempDirectory("pazpaz-test-postgres-");
                // Not durable: fsync off keeps the tests fast and the data is thrown away anyway.
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0, false);
                ShutdownHooks.register("test-postgres-cleanup", () -> {
                    server.close();
                    Directories.deleteQuietly(directory);
                });
                postgres = server;
            }
            return postgres;
        }
    }

    public static EmbeddedKafkaBroker kafka() {
        synchronized (KAFKA_LOCK) {
            if (kafka == null) {
                Path directory = tempDirectory("pazpaz-test-kafka-");
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(directory, 0);
                ShutdownHooks.register("test-kafka-cleanup", () -> {
                    broker.close();
                    Directories.deleteQuietly(directory);
                });
                kafka = broker;
            }
            return kafka;
        }
    }

    /** A brand-new empty database on the shared server (unique name), for test isolation; returns its JDBC URL. */
    public static String freshDatabase() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        return postgres().createDatabaseIfMissing(name);
    }

    /** Starts both servers in parallel (saves a few seconds when a test needs both); returns when both are up. */
    public static void startAll() {
        CompletableFuture<EmbeddedKafkaBroker> broker = CompletableFuture.supplyAsync(TestInfrastructure::kafka);
        postgres();
        broker.join();
    }

    private static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp directory", e);
        }
    }
}
