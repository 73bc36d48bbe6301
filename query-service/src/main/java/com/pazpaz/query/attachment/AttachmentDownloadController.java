package com.pazpaz.query.attachment;

import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.UserStatusLookup;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.query.audit.AccessAudit;
import com.pazpaz.query.isolation.TokenWorkspace;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a file through a signed link (no bearer token: the link is the grant, as a pre-signed URL is). The
 * link's workspace, the file's current state and the issuing user's standing are checked again on every use;
 * the download is recorded for that user before the contents leave.
 */
@RestController
@PhiEndpoint("SessionAttachment")
class AttachmentDownloadController {

    static final String DOWNLOAD_PATH = "/api/v1/attachment-downloads/{token}";
    private static final String INVALID = "This download link is not valid";

    private final DownloadLinks links;
    private final AttachmentRows attachments;
    private final AttachmentContents contents;
    private final UserStatusLookup users;
    private final AccessAudit audit;
    private final TransactionTemplate readOnly;

    AttachmentDownloadController(
            DownloadLinks links,
            AttachmentRows attachments,
            AttachmentContents contents,
            UserStatusLookup users,
            AccessAudit audit,
            PlatformTransactionManager transactions) {
        this.links = links;
        this.attachments = attachments;
        this.contents = contents;
        this.users = users;
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    @GetMapping(DOWNLOAD_PATH)
    ResponseEntity<byte[]> download(@PathVariable String token) {
        DownloadLink link = links.verify(token).orElseThrow(() -> new RecordNotFoundException(INVALID));
        if (links.expired(link)) {
            throw new BusinessRuleViolation(Kind.GONE, "This download link has expired");
        }
        Actor reader = new Actor(UserId.of(link.userId()), WorkspaceId.of(link.workspaceId()), null);
        boolean stillActive = users.statusOf(reader.userId())
                .filter(status -> status.mayAct() && reader.workspaceId().equals(status.workspaceId()))
                .isPresent();
        // the link is the grant: its (verified) workspace is the one the row policies see, named by a transaction
        // begun inside the call (decision 101)
        AttachmentRow row = TokenWorkspace.call(
                        reader.workspaceId(),
                        () -> readOnly.execute(tx -> attachments.findByIdAndWorkspaceIdAndDeletedAtIsNull(
                                link.attachmentId(), link.workspaceId())))
                .filter(found -> stillActive)
                .orElseThrow(() -> new RecordNotFoundException("Attachment not found"));
        byte[] body = contents.decrypted(row);
        audit.recordRead(reader, AttachmentQueryController.RESOURCE, row.getId(), "download", Map.of());
        ContentDisposition disposition = (link.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(row.storageName())
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(row.fileType()))
                .contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(body);
    }
}
