package com.pazpaz.query.session;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.eventstore.RecordPositions;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import com.pazpaz.query.common.PageParams;
import com.pazpaz.query.common.PageResponse;
import com.pazpaz.query.common.ProjectionProgress;
import com.pazpaz.query.common.RowQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads of clinical notes (behaviour.md §1.8 S2, S3, S8, S12) and, from the events, their history and their
 * state at an instant (decisions.md). Only notes of the caller's workspace exist for the caller.
 * No transaction around a request: each repository call has its own short one. The access record takes a
 * connection of its own (AccessAudit), and a request holding a read connection while it waits for a second one
 * deadlocked the pool once as many readers as connections came at once (ConcurrentNoteReadsTest).
 */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("Session")
@RequestMapping("/api/v1/sessions")
class SessionQueryController {

    private static final String RESOURCE = "Session";

    private final SessionRows sessions;
    private final SessionVersionRows versions;
    private final SessionDecryptor decryptor;
    private final SessionSearch search;
    private final SessionHistory history;
    private final ReferencedRecords references;
    private final RecordPositions positions;
    private final ProjectionProgress progress;
    private final AccessAudit audit;
    private final RowQueries rows;

    SessionQueryController(
            RowQueries rows,
            SessionRows sessions,
            SessionVersionRows versions,
            SessionDecryptor decryptor,
            SessionSearch search,
            SessionHistory history,
            ReferencedRecords references,
            RecordPositions positions,
            ProjectionProgress progress,
            AccessAudit audit) {
        this.audit = audit;
        this.rows = rows;
        this.sessions = sessions;
        this.versions = versions;
        this.decryptor = decryptor;
        this.search = search;
        this.history = history;
        this.references = references;
        this.positions = positions;
        this.progress = progress;
    }

    /**
     * S2, or with {@code as_of} the note as it stood then. The ETag is the record version for If-Match, sent
     * only when the row shown already reflects the record's latest event.
     */
    @GetMapping("/{sessionId}")
    ResponseEntity<SessionView> get(
            Actor actor, @PathVariable UUID sessionId, @RequestParam(name = "as_of", required = false) Instant asOf) {
        UUID workspaceId = actor.requireWorkspace().value();
        if (asOf != null) {
            SessionView then = history.asOf(sessionId, workspaceId, asOf).orElseThrow(RecordNotFoundException::new);
            audit.recordReadAsOf(actor, RESOURCE, sessionId, asOf);
            return ResponseEntity.ok(then);
        }
        SessionView view = decryptor.view(liveNote(sessionId, workspaceId)); // PhiReadGuard records the read
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        positions
                .latest(sessionId.toString())
                .filter(latest -> progress.hasApplied(latest.position()))
                .ifPresent(latest -> response.eTag(Long.toString(latest.version())));
        return response.body(view);
    }

    @GetMapping
    PageResponse<SessionView> list(
            Actor actor,
            @RequestParam(defaultValue = PageParams.DEFAULT_PAGE) @Min(1) int page,
            @RequestParam(name = "page_size", defaultValue = PageParams.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(PageParams.MAX_PAGE_SIZE)
                    int pageSize,
            @RequestParam(name = "client_id", required = false) UUID clientId,
            @RequestParam(name = "appointment_id", required = false) UUID appointmentId,
            @RequestParam(name = "is_draft", required = false) Boolean isDraft,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted,
            @RequestParam(name = "search", required = false) @Size(min = 1, max = 200) String phrase) {
        UUID workspaceId = actor.requireWorkspace().value();
        if (clientId == null && appointmentId == null) {
            throw new BusinessRuleViolation(
                    Kind.BAD_REQUEST, "Must provide either client_id or appointment_id parameter");
        }
        if (clientId != null && !references.clientExists(clientId, workspaceId)
                || appointmentId != null && !references.appointmentExists(appointmentId, workspaceId)) {
            throw new RecordNotFoundException();
        }
        SessionFilter filter = new SessionFilter(workspaceId, clientId, appointmentId, isDraft, includeDeleted);
        PageParams paging = new PageParams(page, pageSize);
        PageResponse<SessionView> found =
                phrase == null ? search.list(filter, paging) : search.search(filter, phrase, paging);
        // the search text itself may be PHI: only its length is recorded (docs/decisions.md #22)
        audit.recordRead(
                actor,
                RESOURCE,
                null,
                phrase == null ? "list" : "search",
                Map.of(
                        "results",
                        found.items().size(),
                        "total",
                        found.total(),
                        "search_length",
                        phrase == null ? 0 : phrase.length()));
        return found;
    }

    /** S8: newest first; [] for a note never finalized; the read model's versions (unfinalize drops them). */
    @GetMapping("/{sessionId}/versions")
    List<SessionVersionView> versions(Actor actor, @PathVariable UUID sessionId) {
        SessionRow note = liveNote(sessionId, actor.requireWorkspace().value());
        List<SessionVersionView> found = versions.findBySessionIdOrderByVersionNumberDesc(sessionId).stream()
                .map(row -> decryptor.version(row, note.clientId()))
                .toList();
        audit.recordRead(actor, RESOURCE, sessionId, "versions", Map.of("results", found.size()));
        return found;
    }

    @GetMapping("/{sessionId}/history")
    SessionHistoryView history(Actor actor, @PathVariable UUID sessionId) {
        SessionHistoryView found =
                history.history(sessionId, actor.requireWorkspace().value()).orElseThrow(RecordNotFoundException::new);
        audit.recordRead(actor, RESOURCE, sessionId, "history", Map.of());
        return found;
    }

    @GetMapping("/clients/{clientId}/latest-finalized")
    SessionView latestFinalized(Actor actor, @PathVariable UUID clientId) {
        UUID workspaceId = actor.requireWorkspace().value();
        if (!references.clientExists(clientId, workspaceId)) {
            throw new RecordNotFoundException();
        }
        SessionView latest =
                sessions.findFirstByWorkspaceIdAndClientIdAndIsDraftFalseAndDeletedAtIsNullOrderBySessionDateDesc(
                                workspaceId, clientId)
                        .map(decryptor::view)
                        .orElseThrow(() -> new RecordNotFoundException("No finalized sessions found for this client"));
        audit.recordRead(actor, RESOURCE, latest.id(), "latest_finalized", Map.of());
        return latest;
    }

    /** R-SES-7 and D1: a soft-deleted note cannot be read. */
    private SessionRow liveNote(UUID sessionId, UUID workspaceId) {
        return rows.one(SessionRow.TABLE, workspaceId, sessionId)
                .filter(row -> row.deletedAt() == null)
                .orElseThrow(RecordNotFoundException::new);
    }
}
