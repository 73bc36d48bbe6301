package com.pazpaz.query.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything that happened to a note, oldest first, as a reviewer reads it (decisions.md): each event with
 * actor and time, and {@code textVersions}: every distinct text the note has had, with who wrote it and when,
 * including versions the read model dropped on unfinalize.
 */
record SessionHistoryView(UUID sessionId, UUID clientId, List<Entry> events, List<TextVersion> textVersions) {

    /**
     * One event. {@code content} is the note's text after it (for events that set the text);
     * {@code versionNumber}, {@code versionId} and {@code versionContent} describe the version row it created
     * (finalize: the text at finalization; amend: the text before the amendment); {@code reason} is the
     * amendment or deletion reason.
     */
    record Entry(
            long sequence,
            String event,
            Instant recordedAt,
            UUID actorUserId,
            SoapText content,
            Instant sessionDate,
            Integer durationMinutes,
            Integer versionNumber,
            UUID versionId,
            SoapText versionContent,
            String reason) {}

    /** A text the note had, numbered from 1 in order of writing. */
    record TextVersion(int number, String event, Instant recordedAt, UUID actorUserId, SoapText content) {}
}
