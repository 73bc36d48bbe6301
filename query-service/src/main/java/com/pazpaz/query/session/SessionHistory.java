package com.pazpaz.query.session;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.query.session.SessionHistoryView.Entry;
import com.pazpaz.query.session.SessionHistoryView.TextVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A note's history and its state at an instant, rebuilt from its events in the event store (the record),
 * not from the read tables. A purged note has no history here: its content must not be readable any more.
 */
@Component
class SessionHistory {

    private final EventStore eventStore;
    private final SessionDecryptor decryptor;

    SessionHistory(EventStore eventStore, SessionDecryptor decryptor) {
        this.eventStore = eventStore;
        this.decryptor = decryptor;
    }

    Optional<SessionHistoryView> history(UUID sessionId, UUID workspaceId) {
        return events(sessionId, workspaceId).map(events -> describe(sessionId, events));
    }

    /** The note as it stood at {@code instant}; empty if it did not exist then (or is not the caller's). */
    Optional<SessionView> asOf(UUID sessionId, UUID workspaceId, Instant instant) {
        return events(sessionId, workspaceId).flatMap(events -> {
            SessionRow row = null;
            for (DomainEventMessage<?> event : events) {
                if (event.getTimestamp().isAfter(instant)) {
                    break;
                }
                row = SessionRowEvolution.apply(row, event.getPayload());
            }
            return Optional.ofNullable(row).map(decryptor::view);
        });
    }

    private Optional<List<? extends DomainEventMessage<?>>> events(UUID sessionId, UUID workspaceId) {
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(sessionId.toString()).asStream().toList();
        boolean mine = !events.isEmpty()
                && events.get(0).getPayload() instanceof SessionDraftCreatedEvent created
                && created.workspaceId().value().equals(workspaceId);
        boolean purged = events.stream().anyMatch(event -> event.getPayload() instanceof SessionPurgedEvent);
        return mine && !purged ? Optional.of(events) : Optional.empty();
    }

    private SessionHistoryView describe(UUID sessionId, List<? extends DomainEventMessage<?>> events) {
        UUID clientId = ((SessionDraftCreatedEvent) events.get(0).getPayload())
                .clientId()
                .value();
        List<Entry> entries = new ArrayList<>();
        List<TextVersion> texts = new ArrayList<>();
        for (DomainEventMessage<?> message : events) {
            Entry entry = entry(message, sessionId, clientId);
            entries.add(entry);
            SoapText latest =
                    texts.isEmpty() ? null : texts.get(texts.size() - 1).content();
            if (entry.content() != null && !entry.content().equals(latest)) {
                texts.add(new TextVersion(
                        texts.size() + 1, entry.event(), entry.recordedAt(), entry.actorUserId(), entry.content()));
            }
        }
        return new SessionHistoryView(sessionId, clientId, entries, texts);
    }

    private Entry entry(DomainEventMessage<?> message, UUID sessionId, UUID clientId) {
        Object payload = message.getPayload();
        String name = payload.getClass().getSimpleName().replaceFirst("Event$", "");
        Entry base = new Entry(
                message.getSequenceNumber(),
                name,
                message.getTimestamp(),
                actor(message),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        if (payload instanceof SessionDraftCreatedEvent e) {
            return withText(
                    base, decryptor.noteText(e.soap(), sessionId, clientId), e.sessionDate(), e.durationMinutes());
        }
        if (payload instanceof SessionDraftSavedEvent e) {
            return withText(
                    base, decryptor.noteText(e.soap(), sessionId, clientId), e.sessionDate(), e.durationMinutes());
        }
        if (payload instanceof SessionFinalizedEvent e) {
            return new Entry(
                    base.sequence(),
                    name,
                    base.recordedAt(),
                    base.actorUserId(),
                    null,
                    null,
                    null,
                    e.versionNumber(),
                    e.versionId(),
                    decryptor.versionText(e.snapshot(), e.versionId(), sessionId, clientId),
                    null);
        }
        if (payload instanceof SessionAmendedEvent e) {
            return new Entry(
                    base.sequence(),
                    name,
                    base.recordedAt(),
                    base.actorUserId(),
                    decryptor.noteText(e.soap(), sessionId, clientId),
                    e.sessionDate(),
                    e.durationMinutes(),
                    e.versionNumber(),
                    e.versionId(),
                    decryptor.versionText(e.previousSnapshot(), e.versionId(), sessionId, clientId),
                    decryptor.amendmentReason(e.reason(), e.versionId(), sessionId, clientId));
        }
        if (payload instanceof SessionSoftDeletedEvent e) {
            return new Entry(
                    base.sequence(),
                    name,
                    base.recordedAt(),
                    base.actorUserId(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    decryptor.deletionReason(e.reason(), sessionId, clientId));
        }
        return base;
    }

    private static Entry withText(Entry base, SoapText text, Instant sessionDate, Integer duration) {
        return new Entry(
                base.sequence(),
                base.event(),
                base.recordedAt(),
                base.actorUserId(),
                text,
                sessionDate,
                duration,
                null,
                null,
                null,
                null);
    }

    /** The acting user from the event's metadata; absent for the purge job, which acts for no user. */
    private static UUID actor(DomainEventMessage<?> message) {
        Object userId = message.getMetaData().get(MetadataKeys.USER_ID);
        return userId == null ? null : UUID.fromString(userId.toString());
    }
}
