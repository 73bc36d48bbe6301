package com.pazpaz.local;

import com.pazpaz.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The project's embedded Kafka broker in a JVM of its own, so that a drill can stop it (SIGTERM, as a broker
 * restart does) and start it again on the same port and data directory while the services keep running. Its
 * output goes to {@code broker.log} beside the data.
 */
final class BrokerProcess implements AutoCloseable {

    private static final String READY = "BROKER READY";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private Process process;

    private BrokerProcess(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Entry point of the broker's JVM: {@code <data directory> <port>}; runs until the JVM is stopped. */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(READY + " " + broker.bootstrapServers());
        System.out.flush();
        // the broker's own shutdown hook stops it cleanly on SIGTERM
        Thread.currentThread().join();
    }

    /** Starts a broker on a free port in its own JVM and waits until it accepts clients. */
    static BrokerProcess start(Path dataDirectory) {
        BrokerProcess broker = new BrokerProcess(dataDirectory, freePort());
        broker.restart();
        return broker;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** (Re)starts the broker on its port and data directory; returns once it accepts clients. */
    synchronized void restart() {
        try {
            Files.createDirectories(dataDirectory);
            Path log = dataDirectory.resolve("broker.log");
            long readyBefore = countReady(log);
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(
                            java,
                            "-Xmx384m",
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            System.getProperty("java.class.path"),
                            BrokerProcess.class.getName(),
                            dataDirectory.toString(),
                            Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            awaitReady(log, readyBefore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the broker as an orchestrator would (SIGTERM, then SIGKILL if it hangs) and waits until it is gone. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Path log, long before) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        long readyMarkers = countReady(log);
        while (readyMarkers == before) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("Kafka broker did not start; see " + log);
            }
            sleep(100);
            readyMarkers = countReady(log);
        }
    }

    /** How many times the log says the broker became ready (the log is appended to by every start). */
    private long countReady(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.startsWith(READY)).count();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
