package com.pazpaz.infra.eventstore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the event store appended on this thread while a capture was open: the global position of the last
 * event, and each record's last sequence number. A command's answer ({@code version}, {@code position}) is read
 * from here instead of asking the store again after the command (two round trips, one of them a scan of the
 * request's events). Axon's simple command bus handles a command on the sending thread, so the append that a
 * command causes, and those of the commands its handlers cause in the same unit of work, happen on that thread.
 */
public final class AppendedEvents implements AutoCloseable {

    private static final ThreadLocal<AppendedEvents> OPEN = new ThreadLocal<>();

    private final AppendedEvents outer;
    private final Map<String, Long> lastSequenceByRecord = new HashMap<>();
    private long lastPosition = -1;

    private AppendedEvents(AppendedEvents outer) {
        this.outer = outer;
    }

    /** Starts recording this thread's appends until {@link #close()}; captures nest (the outer sees all). */
    public static AppendedEvents capture() {
        AppendedEvents capture = new AppendedEvents(OPEN.get());
        OPEN.set(capture);
        return capture;
    }

    /** Called by the storage engine for every event it appended, with the position the database gave it. */
    static void appended(String recordId, long sequenceNumber, long position) {
        for (AppendedEvents capture = OPEN.get(); capture != null; capture = capture.outer) {
            capture.lastSequenceByRecord.merge(recordId, sequenceNumber, Math::max);
            capture.lastPosition = Math.max(capture.lastPosition, position);
        }
    }

    /**
     * The record's version after the appends (its number of events) and the highest position appended, or empty
     * when nothing was appended for that record (a command that changed nothing).
     */
    public Optional<RecordPositions.RecordPosition> positionOf(String recordId) {
        Long sequence = lastSequenceByRecord.get(recordId);
        if (sequence == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordPositions.RecordPosition(sequence + 1, lastPosition));
    }

    /** The highest position appended while the capture was open, or -1 when nothing was appended. */
    public long lastPosition() {
        return lastPosition;
    }

    @Override
    public void close() {
        OPEN.set(outer);
    }
}
