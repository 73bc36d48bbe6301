package com.pazpaz.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka server in KRaft mode (broker and controller in one), running on threads of this
 * JVM. Its log directory is {@code <dataDirectory>/kafka-logs}; it is formatted on the first start and re-used later.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDirectory;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port, Path logDirectory) {
        this.server = server;
        this.port = port;
        this.logDirectory = logDirectory;
        this.shutdownHook = ShutdownHooks.register("embedded-kafka-stop", this::close);
    }

    /**
     * Starts a single-node combined broker+controller KRaft server whose log dirs live under dataDirectory
     * (formatting the storage on first start, re-using it on later starts; cluster id persisted there).
     * port 0 = pick a free port for the client listener (the controller listener gets its own free port).
     */
    public static EmbeddedKafkaBroker start(Path dataDirectory, int port) {
        return start(dataDirectory, port, null);
    }

    /**
     * Like {@link #start(Path, int)}, but the client listener on a free port takes only SASL_SSL with SCRAM
     * (the tests of the Kafka security settings); {@link #bootstrapServers()} is that listener.
     */
    public static EmbeddedKafkaBroker startWithSaslSsl(Path dataDirectory, SaslSslListener listener) {
        return start(dataDirectory, 0, listener);
    }

    private static EmbeddedKafkaBroker start(Path dataDirectory, int port, SaslSslListener saslSsl) {
        Path logDirectory = dataDirectory.toAbsolutePath().normalize().resolve("kafka-logs");
        createDirectories(logDirectory);
        int clientPort = port == 0 ? FreePorts.pick() : port;
        int controllerPort = FreePorts.pickOtherThan(clientPort);
        long startedAt = System.nanoTime();
        KafkaStorage.formatIfNeeded(logDirectory, saslSsl == null ? List.of() : saslSsl.scramArguments());
        Properties settings = saslSsl == null
                ? BrokerSettings.of(logDirectory, clientPort, controllerPort)
                : BrokerSettings.withSaslSsl(logDirectory, clientPort, controllerPort, saslSsl);
        // doLog=false: the full config dump is hundreds of lines of noise for an embedded broker.
        KafkaConfig config = new KafkaConfig(settings, false);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // Returns once the broker has caught up with the metadata log and is unfenced, i.e. ready for clients.
            server.startup();
        } catch (RuntimeException e) {
            stop(server, clientPort);
            throw new IllegalStateException("Kafka did not start in " + logDirectory, e);
        }
        log.info(
                "Kafka started on localhost:{} (controller port {}) with data in {} in {} ms",
                clientPort,
                controllerPort,
                logDirectory,
                (System.nanoTime() - startedAt) / 1_000_000);
        return new EmbeddedKafkaBroker(server, clientPort, logDirectory);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    /**
     * For an owner that stops everything in its own order (the local stack stops the services first): removes
     * this server's own JVM shutdown hook, so that the broker is not stopped under running services.
     */
    public void stopOnlyWhenClosed() {
        ShutdownHooks.unregister(shutdownHook);
    }

    /** Controlled shutdown; waits for it, but at most 30 seconds. Idempotent. */
    @Override
    public synchronized void close() {
        // synchronized: a concurrent caller (e.g. the shutdown hook) must wait until the broker is really down.
        if (closed) {
            return;
        }
        closed = true;
        ShutdownHooks.unregister(shutdownHook);
        stop(server, port);
    }

    /** Runs Kafka's blocking shutdown on its own thread so that a stuck shutdown cannot hang the caller. */
    private static void stop(KafkaRaftServer server, int port) {
        long startedAt = System.nanoTime();
        Thread stopper = new Thread(
                () -> {
                    server.shutdown();
                    server.awaitShutdown();
                },
                "embedded-kafka-shutdown");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(SHUTDOWN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.warn("Kafka on port {} did not shut down within {}; giving up waiting", port, SHUTDOWN_TIMEOUT);
        } else {
            log.info("Kafka on port {} stopped in {} ms", port, (System.nanoTime() - startedAt) / 1_000_000);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
