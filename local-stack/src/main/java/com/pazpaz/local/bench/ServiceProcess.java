package com.pazpaz.local.bench;

import com.pazpaz.local.LocalStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service in a JVM of its own: the same jar (or class path) as the benchmark, the service's main class, the
 * stack's database, broker and keys. Lets the suite read one service's peak resident set (VmHWM), which the
 * shared local-stack JVM cannot tell apart, and run a service with settings of its own. The end-to-end tests use it
 * for a service that must die as a process ({@code RelayKillTest}).
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final String baseUrl;

    private ServiceProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the service and waits until it answers its liveness probe.
     *
     * @param jvmOptions options for the child JVM (for example a heap limit); none means the JVM's defaults
     * @param extra      service arguments on top of the stack's ({@code --name=value})
     */
    public static ServiceProcess start(
            LocalStack stack, Class<?> mainClass, List<String> jvmOptions, List<String> extra)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(launch(mainClass));
        command.addAll(stack.serviceArguments(mainClass, port, extra));
        Path logFile = stack.dataDirectory().resolve(mainClass.getSimpleName() + "-" + port + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", ServiceJvm.MALLOC_ARENAS);
        Process process = builder.start();
        ServiceProcess service = new ServiceProcess(process, "http://localhost:" + port);
        log.info(
                "Starting {} in its own JVM (pid {}, options {}, log {})",
                mainClass.getSimpleName(),
                process.pid(),
                jvmOptions,
                logFile);
        service.awaitLive(logFile);
        return service;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Waits for the JVM to end by itself (a crash, a halt) and returns its exit status.
     *
     * @throws IllegalStateException if it still runs after {@code timeout}
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(
                    "the service's JVM (pid " + process.pid() + ") still runs after " + timeout);
        }
        return process.exitValue();
    }

    /** The process's peak resident set so far, in MB, from /proc/&lt;pid&gt;/status. */
    long peakResidentMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElse(-1);
    }

    private void awaitLive(Path logFile) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service's JVM exited; see " + logFile);
            }
            try {
                HttpResponse<Void> live = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/liveness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (live.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the service did not start within " + START_TIMEOUT + "; see " + logFile);
    }

    /** In the fat jar, Spring Boot's launcher picks the main class; on a plain class path it is run directly. */
    static List<String> launch(Class<?> mainClass) {
        String classPath = System.getProperty("java.class.path");
        boolean fatJar = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator);
        return fatJar
                ? List.of("-cp", classPath, "-Dloader.main=" + mainClass.getName(), LAUNCHER)
                : List.of("-cp", classPath, mainClass.getName());
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the JVM gracefully (SIGTERM: Spring shuts down), forcibly after 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
