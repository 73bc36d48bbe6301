package com.pazpaz.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an import did, per reference table: rows imported now, rows an earlier run already imported, and rows
 * skipped with the rule they broke. Logs progress (counts and rate) every few seconds. Reasons name rules and
 * ids, never values.
 */
public final class ImportReport {

    private static final Logger LOG = LoggerFactory.getLogger(ImportReport.class);
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    /** A reference row that was not imported, and why. */
    public record Skipped(String table, UUID referenceId, String reason) {}

    private final Map<String, Long> imported = new TreeMap<>();
    private final Map<String, Long> alreadyImported = new TreeMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final long startedAt = System.nanoTime();
    private long lastProgressAt = startedAt;

    synchronized void countImported(String table) {
        imported.merge(table, 1L, Long::sum);
        progress();
    }

    synchronized void countAlreadyImported(String table) {
        alreadyImported.merge(table, 1L, Long::sum);
        progress();
    }

    synchronized void skipped(String table, UUID referenceId, String reason) {
        skipped.add(new Skipped(table, referenceId, reason));
        LOG.warn("Import skipped {} {}: {}", table, referenceId, reason);
    }

    public synchronized Map<String, Long> imported() {
        return Map.copyOf(imported);
    }

    public synchronized long imported(String table) {
        return imported.getOrDefault(table, 0L);
    }

    public synchronized Map<String, Long> alreadyImported() {
        return Map.copyOf(alreadyImported);
    }

    public synchronized List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    private void progress() {
        long now = System.nanoTime();
        if (now - lastProgressAt >= PROGRESS_EVERY_NANOS) {
            lastProgressAt = now;
            LOG.info("Import progress: {}", summary(now));
        }
    }

    private String summary(long now) {
        long total = imported.values().stream().mapToLong(Long::longValue).sum();
        double seconds = Math.max(0.001, (now - startedAt) / 1e9);
        return String.format(
                "imported %s (%.1f rows/s), already imported %s, skipped %d",
                imported, total / seconds, alreadyImported, skipped.size());
    }

    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder(summary(System.nanoTime()));
        skipped.forEach(row -> text.append(System.lineSeparator())
                .append("  skipped ")
                .append(row.table())
                .append(' ')
                .append(row.referenceId())
                .append(": ")
                .append(row.reason()));
        return text.toString();
    }
}
