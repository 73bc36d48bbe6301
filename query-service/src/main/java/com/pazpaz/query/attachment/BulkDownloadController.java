package com.pazpaz.query.attachment;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.audit.AccessAudit;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Several of a client's files as one zip (R-ATT-9). A POST because the ids do not fit a URL well, but a read:
 * it changes nothing, so query-service answers it (docs/decisions.md).
 *
 * <p>Memory stays bounded whatever the selection (issue 13, decision 171): the zip is streamed to the caller one
 * file at a time (one decrypted file of at most 10 MiB in memory, never the whole archive), and at most
 * {@link #CONCURRENT_ZIPS} zips are written at once per instance; one more is 503 with {@code Retry-After}.
 * Every check (isolation, the 100 MiB total) and the audit record come before the first byte; a file that fails to
 * decrypt after that ends the stream early, so the caller gets a truncated zip, never a wrong one.
 */
@RestController
@Transactional(readOnly = true)
@PhiEndpoint("SessionAttachment")
class BulkDownloadController {

    private static final long MAX_TOTAL = 100L * 1024 * 1024;
    /** Zips being written at once by this instance: bounds their memory to a few decrypted files. */
    static final int CONCURRENT_ZIPS = 4;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final AttachmentRows attachments;
    private final AttachmentOwnerChecks owners;
    private final AttachmentReader reader;
    private final AttachmentContents contents;
    private final AccessAudit audit;
    private final Clock clock;
    private final Semaphore writers = new Semaphore(CONCURRENT_ZIPS);

    BulkDownloadController(
            AttachmentRows attachments,
            AttachmentOwnerChecks owners,
            AttachmentReader reader,
            AttachmentContents contents,
            AccessAudit audit,
            Clock clock) {
        this.attachments = attachments;
        this.owners = owners;
        this.reader = reader;
        this.contents = contents;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping(
            path = "/api/v1/clients/{clientId}/attachments/download-multiple",
            produces = {"application/zip", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<StreamingResponseBody> downloadMultiple(
            Actor actor,
            @PathVariable UUID clientId,
            @Valid @RequestBody BulkDownloadRequest request,
            HttpServletResponse response) {
        UUID workspaceId = actor.requireWorkspace().value();
        owners.requireClient(clientId, workspaceId);
        List<AttachmentRow> rows = selected(request.attachmentIds(), clientId, workspaceId);
        long total = rows.stream().mapToLong(AttachmentRow::fileSizeBytes).sum();
        if (total > MAX_TOTAL) {
            throw new BusinessRuleViolation(
                    Kind.TOO_LARGE,
                    String.format(
                            Locale.ROOT,
                            "Total file size exceeds 100 MB limit. Selected files total %.1f MB. Please select fewer files.",
                            total / (1024.0 * 1024.0)));
        }
        if (!writers.tryAcquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "Too many zips are being prepared; retry shortly");
        }
        try {
            audit.recordRead(
                    actor,
                    AttachmentQueryController.RESOURCE,
                    null,
                    "bulk_download",
                    Map.of(
                            "client_id",
                            clientId.toString(),
                            "attachment_count",
                            rows.size(),
                            "attachment_ids",
                            rows.stream().map(row -> row.getId().toString()).toList(),
                            "total_size_bytes",
                            total));
        } catch (RuntimeException e) {
            writers.release();
            throw e;
        }
        StreamingResponseBody zip = out -> {
            try {
                writeZip(rows, out);
            } finally {
                writers.release();
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("client-files-" + STAMP.format(clock.instant()) + ".zip")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(zip);
    }

    /** All must be live files of this client (its notes' included); a repeated id breaks the count too. */
    private List<AttachmentRow> selected(List<UUID> ids, UUID clientId, UUID workspaceId) {
        List<AttachmentRow> rows =
                attachments.findByIdInAndClientIdAndWorkspaceIdAndDeletedAtIsNull(ids, clientId, workspaceId);
        if (rows.size() != ids.size() || new HashSet<>(ids).size() != ids.size()) {
            throw new RecordNotFoundException("One or more attachments not found or do not belong to this client");
        }
        return rows.stream()
                .sorted(Comparator.comparing(row -> ids.indexOf(row.getId())))
                .toList();
    }

    /** One file decrypted at a time, written and let go before the next. */
    private void writeZip(List<AttachmentRow> rows, OutputStream out) throws IOException {
        ZipEntryNames names = new ZipEntryNames();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (AttachmentRow row : rows) {
                zip.putNextEntry(new ZipEntry(names.unique(reader.displayName(row))));
                zip.write(contents.decrypted(row));
                zip.closeEntry();
            }
        }
    }
}
