package com.pazpaz.infra.blob.s3;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Adobe's S3Mock, a real S3-compatible HTTP server, in a JVM of its own: it is a Spring Boot application, and in
 * the test's JVM its auto-configuration would meet ours. The build copies its executable jar from Maven Central
 * (infra/pom.xml), so no network is needed at test time. Objects live in a directory below target/.
 */
final class S3MockServer {

    private static final String JAR_PROPERTY = "pazpaz.test.s3mock-jar";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** The buckets of the shared server. */
    static final String BUCKET = "pazpaz-blobs";

    static final String OTHER_BUCKET = "pazpaz-other";

    private static S3MockServer shared;

    private final Process process;
    private final URI endpoint;

    private S3MockServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** One server for every test class of the JVM (a start takes seconds), stopped when the JVM ends. */
    static synchronized S3MockServer shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = startOnAFreePort(BUCKET, OTHER_BUCKET);
            S3MockServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return shared;
    }

    /**
     * The port is free when chosen but not reserved: another process (the stack's own connections) can take it
     * before S3Mock binds it, and S3Mock then exits at once. A server that exits before answering is started again
     * on another port, a few times.
     */
    private static S3MockServer startOnAFreePort(String... buckets) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return start(buckets);
            } catch (ExitedBeforeAnswering exited) {
                if (attempt == 3) {
                    throw exited;
                }
            }
        }
    }

    private static S3MockServer start(String... buckets) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No S3Mock jar at " + jar.toAbsolutePath() + ": run the test through "
                    + "Maven, which copies it (infra/pom.xml)");
        }
        Path directory = Files.createDirectories(
                jar.getParent().resolve("run-" + ProcessHandle.current().pid()));
        int port = freePort();
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        // a short-lived server on a busy machine: start fast rather than run fast
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--com.adobe.testing.s3mock.http-port=" + port,
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--com.adobe.testing.s3mock.store.root="
                                + directory.resolve("store").toAbsolutePath(),
                        "--com.adobe.testing.s3mock.store.initial-buckets=" + String.join(",", buckets),
                        "--spring.main.banner-mode=off"))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("s3mock.log").toFile())
                .start();
        S3MockServer server = new S3MockServer(process, URI.create("http://127.0.0.1:" + port));
        server.awaitAnswer(directory.resolve("s3mock.log"));
        return server;
    }

    URI endpoint() {
        return endpoint;
    }

    private void awaitAnswer(Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ExitedBeforeAnswering("S3Mock exited with " + process.exitValue() + "; see " + log);
            }
            if (answers()) {
                return;
            }
            Thread.sleep(250);
        }
        stop();
        throw new IllegalStateException("S3Mock did not answer within " + START_TIMEOUT + "; see " + log);
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(1000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status > 0;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static final class ExitedBeforeAnswering extends IllegalStateException {

        ExitedBeforeAnswering(String message) {
            super(message);
        }
    }
}
