package com.pazpaz.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL runs as a child process, not inside the JVM. If a JVM dies without closing its server (kill -9, IDE
 * "stop" button), the postmaster keeps running on the data directory and a later start would fail with
 * "another server might be running". This class finds such an orphan and shuts it down before we start.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    /** zonky holds a file lock on this file for as long as its EmbeddedPostgres instance lives. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private static final String PID_FILE = "postmaster.pid";
    private static final long FAST_SHUTDOWN_WAIT_SECONDS = 15;
    private static final long IMMEDIATE_SHUTDOWN_WAIT_SECONDS = 5;

    private OrphanedPostmaster() {}

    static void stopIfPresent(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        // Only a postmaster whose owning JVM is gone is an orphan: a live owner still holds zonky's lock.
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve(ZONKY_LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel, dataDirectory)) {
            findPostmaster(pidFile).ifPresent(OrphanedPostmaster::stop);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot inspect PostgreSQL data directory " + dataDirectory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel, Path dataDirectory) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(
                    "PostgreSQL data directory " + dataDirectory + " is already used by a server running in this JVM",
                    e);
        }
        if (lock == null) {
            throw new IllegalStateException(
                    "PostgreSQL data directory " + dataDirectory + " is in use by another process");
        }
        return lock;
    }

    private static Optional<ProcessHandle> findPostmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String recordedDataDirectory = lines.get(1).trim();
        // A dead PID is harmless: PostgreSQL itself recognizes and replaces a stale pid file.
        return ProcessHandle.of(pid).filter(process -> isPostmasterFor(process, recordedDataDirectory));
    }

    /** Guards against PID reuse: only a "postgres" process started on this very directory is ours to stop. */
    private static boolean isPostmasterFor(ProcessHandle process, String dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean isPostgres = info.command()
                .map(Path::of)
                .map(Path::getFileName)
                .map(name -> name.toString().equals("postgres"))
                .orElse(false);
        boolean onThisDirectory = info.arguments()
                .map(List::of)
                .map(arguments -> arguments.contains(dataDirectory))
                .orElse(true);
        return isPostgres && onThisDirectory;
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn(
                "Found an orphaned PostgreSQL (pid {}) left behind by a previous JVM; shutting it down",
                postmaster.pid());
        // SIGINT = PostgreSQL "fast" shutdown: disconnects clients, checkpoints, exits cleanly.
        if (signalAndWait(postmaster, "-INT", FAST_SHUTDOWN_WAIT_SECONDS)) {
            return;
        }
        // SIGQUIT = "immediate" shutdown; safe because the next start replays the WAL.
        if (!signalAndWait(postmaster, "-QUIT", IMMEDIATE_SHUTDOWN_WAIT_SECONDS)) {
            throw new IllegalStateException("Orphaned PostgreSQL (pid " + postmaster.pid() + ") does not stop");
        }
    }

    private static boolean signalAndWait(ProcessHandle process, String signal, long seconds) {
        try {
            // ProcessHandle can only send SIGTERM/SIGKILL; PostgreSQL needs SIGINT/SIGQUIT, hence kill(1).
            new ProcessBuilder("kill", signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor(seconds, TimeUnit.SECONDS);
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (IOException | ExecutionException e) {
            log.warn("Could not signal pid {}: {}", process.pid(), e.toString());
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
