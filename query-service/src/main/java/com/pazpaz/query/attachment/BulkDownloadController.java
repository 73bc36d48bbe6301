package com.pazpaz.query.attachment;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Several of a client's files as one zip (R-ATT-9). A POST because the ids do not fit a URL well, but a read:
 * it changes nothing, so query-service answers it (docs/decisions.md).
 */
@RestController
class BulkDownloadController {

    private static final long MAX_TOTAL = 100L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final AttachmentRows attachments;
    private final AttachmentOwnerChecks owners;
    private final AttachmentReader reader;
    private final AttachmentContents contents;
    private final AccessAudit audit;
    private final Clock clock;

    BulkDownloadController(AttachmentRows attachments, AttachmentOwnerChecks owners, AttachmentReader reader,
                           AttachmentContents contents, AccessAudit audit, Clock clock) {
        this.attachments = attachments;
        this.owners = owners;
        this.reader = reader;
        this.contents = contents;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/clients/{clientId}/attachments/download-multiple",
            produces = {"application/zip", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> downloadMultiple(Actor actor, @PathVariable UUID clientId,
                                            @Valid @RequestBody BulkDownloadRequest request) {
        UUID workspaceId = actor.requireWorkspace().value();
        owners.requireClient(clientId, workspaceId);
        List<AttachmentRow> rows = selected(request.attachmentIds(), clientId, workspaceId);
        long total = rows.stream().mapToLong(AttachmentRow::fileSizeBytes).sum();
        if (total > MAX_TOTAL) {
            throw new BusinessRuleViolation(Kind.TOO_LARGE, String.format(Locale.ROOT,
                    "Total file size exceeds 100 MB limit. Selected files total %.1f MB. Please select fewer files.",
                    total / (1024.0 * 1024.0)));
        }
        audit.recordRead(actor, AttachmentQueryController.RESOURCE, null, "bulk_download", Map.of(
                "client_id", clientId.toString(), "attachment_count", rows.size(),
                "attachment_ids", rows.stream().map(row -> row.getId().toString()).toList(),
                "total_size_bytes", total));
        byte[] zip = zip(rows);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(zip.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("client-files-" + STAMP.format(clock.instant()) + ".zip").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(zip);
    }

    /** All must be live files of this client (its notes' included); a repeated id breaks the count too. */
    private List<AttachmentRow> selected(List<UUID> ids, UUID clientId, UUID workspaceId) {
        List<AttachmentRow> rows = attachments.findByIdInAndClientIdAndWorkspaceIdAndDeletedAtIsNull(ids, clientId,
                workspaceId);
        if (rows.size() != ids.size() || new HashSet<>(ids).size() != ids.size()) {
            throw new RecordNotFoundException("One or more attachments not found or do not belong to this client");
        }
        return rows.stream().sorted(Comparator.comparing(row -> ids.indexOf(row.getId()))).toList();
    }

    private byte[] zip(List<AttachmentRow> rows) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ZipEntryNames names = new ZipEntryNames();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (AttachmentRow row : rows) {
                zip.putNextEntry(new ZipEntry(names.unique(reader.displayName(row))));
                zip.write(contents.decrypted(row));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
