package com.pazpaz.query.attachment;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Lists, single files and download links of a note's files (behaviour.md §1.9) and a client's files (§1.10).
 * Under a client, the list shows its notes' files too, but a single file, a link, a rename or a delete finds
 * only the client's own files (R-ATT-8). Every read is recorded before it is answered.
 */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("SessionAttachment")
class AttachmentQueryController {

    static final String RESOURCE = "SessionAttachment";
    private static final long MIN_MINUTES = 1;
    private static final long MAX_MINUTES = 60;

    private final AttachmentRows attachments;
    private final AttachmentOwnerChecks owners;
    private final AttachmentReader reader;
    private final DownloadLinks links;
    private final AccessAudit audit;
    private final Clock clock;

    AttachmentQueryController(
            AttachmentRows attachments,
            AttachmentOwnerChecks owners,
            AttachmentReader reader,
            DownloadLinks links,
            AccessAudit audit,
            Clock clock) {
        this.attachments = attachments;
        this.owners = owners;
        this.reader = reader;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/sessions/{sessionId}/attachments")
    AttachmentList listOfSession(Actor actor, @PathVariable UUID sessionId) {
        UUID workspaceId = actor.requireWorkspace().value();
        Instant date = owners.liveNoteDate(sessionId, workspaceId);
        List<AttachmentView> items =
                attachments
                        .findBySessionIdAndWorkspaceIdAndDeletedAtIsNullOrderByCreatedAtDesc(sessionId, workspaceId)
                        .stream()
                        .map(row -> reader.view(row, date))
                        .toList();
        audit.recordRead(actor, RESOURCE, null, "list", Map.of("session_id", sessionId.toString()));
        return new AttachmentList(items, items.size());
    }

    @GetMapping("/api/v1/clients/{clientId}/attachments")
    AttachmentList listOfClient(Actor actor, @PathVariable UUID clientId) {
        UUID workspaceId = actor.requireWorkspace().value();
        owners.requireClient(clientId, workspaceId);
        List<AttachmentView> items = reader.views(
                attachments.findByClientIdAndWorkspaceIdAndDeletedAtIsNullOrderByCreatedAtDesc(clientId, workspaceId));
        audit.recordRead(actor, RESOURCE, null, "list", Map.of("client_id", clientId.toString()));
        return new AttachmentList(items, items.size());
    }

    @GetMapping("/api/v1/sessions/{sessionId}/attachments/{attachmentId}")
    AttachmentView getOfSession(Actor actor, @PathVariable UUID sessionId, @PathVariable UUID attachmentId) {
        UUID workspaceId = actor.requireWorkspace().value();
        Instant date = owners.liveNoteDate(sessionId, workspaceId);
        return reader.view(ofSession(attachmentId, sessionId, workspaceId), date); // PhiReadGuard records the read
    }

    @GetMapping("/api/v1/clients/{clientId}/attachments/{attachmentId}")
    AttachmentView getOfClient(Actor actor, @PathVariable UUID clientId, @PathVariable UUID attachmentId) {
        UUID workspaceId = actor.requireWorkspace().value();
        owners.requireClient(clientId, workspaceId);
        return reader.view(ofClient(attachmentId, clientId, workspaceId), null); // PhiReadGuard records the read
    }

    /** A note's files download as attachments (forced download). */
    @GetMapping("/api/v1/sessions/{sessionId}/attachments/{attachmentId}/download")
    LinkView linkOfSession(
            Actor actor,
            @PathVariable UUID sessionId,
            @PathVariable UUID attachmentId,
            @RequestParam(name = "expires_in_minutes", defaultValue = "15") long minutes) {
        requireValidExpiry(minutes);
        UUID workspaceId = actor.requireWorkspace().value();
        owners.liveNoteDate(sessionId, workspaceId);
        return link(actor, ofSession(attachmentId, sessionId, workspaceId), false, minutes);
    }

    /** A client's own files open inline, for previews. */
    @GetMapping("/api/v1/clients/{clientId}/attachments/{attachmentId}/download")
    LinkView linkOfClient(
            Actor actor,
            @PathVariable UUID clientId,
            @PathVariable UUID attachmentId,
            @RequestParam(name = "expires_in_minutes", defaultValue = "15") long minutes) {
        requireValidExpiry(minutes);
        UUID workspaceId = actor.requireWorkspace().value();
        owners.requireClient(clientId, workspaceId);
        return link(actor, ofClient(attachmentId, clientId, workspaceId), true, minutes);
    }

    private LinkView link(Actor actor, AttachmentRow row, boolean inline, long minutes) {
        Duration lifetime = Duration.ofMinutes(minutes);
        String token = links.issue(new DownloadLink(
                row.getId(),
                row.workspaceId(),
                actor.userId().value(),
                inline,
                clock.instant().plus(lifetime)));
        audit.recordRead(actor, RESOURCE, row.getId(), "download_link", Map.of("expires_in_minutes", minutes));
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(AttachmentDownloadController.DOWNLOAD_PATH)
                .buildAndExpand(token)
                .toUriString();
        return new LinkView(url, lifetime.toSeconds());
    }

    private static void requireValidExpiry(long minutes) {
        if (minutes > MAX_MINUTES) {
            throw new BusinessRuleViolation(Kind.BAD_REQUEST, "Expiration time cannot exceed 60 minutes");
        }
        if (minutes < MIN_MINUTES) {
            throw new BusinessRuleViolation(Kind.BAD_REQUEST, "Expiration time must be at least 1 minute");
        }
    }

    private AttachmentRow ofSession(UUID attachmentId, UUID sessionId, UUID workspaceId) {
        return attachments
                .findByIdAndWorkspaceIdAndDeletedAtIsNull(attachmentId, workspaceId)
                .filter(row -> sessionId.equals(row.sessionId()))
                .orElseThrow(() -> new RecordNotFoundException("Attachment not found"));
    }

    private AttachmentRow ofClient(UUID attachmentId, UUID clientId, UUID workspaceId) {
        return attachments
                .findByIdAndWorkspaceIdAndDeletedAtIsNull(attachmentId, workspaceId)
                .filter(row -> row.sessionId() == null && clientId.equals(row.clientId()))
                .orElseThrow(() -> new RecordNotFoundException("Attachment not found"));
    }

    /** {@code {"items": [...], "total": n}}, newest first. */
    record AttachmentList(List<AttachmentView> items, int total) {}
}
