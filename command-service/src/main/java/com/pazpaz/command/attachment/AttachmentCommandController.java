package com.pazpaz.command.attachment;

import com.pazpaz.command.attachment.AttachmentUploads.UploadedAttachment;
import com.pazpaz.command.attachment.AttachmentUploads.Uploader;
import com.pazpaz.command.common.ExpectedVersion;
import com.pazpaz.command.common.QueryLocations;
import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.attachment.AttachmentPlace;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads, renames and deletes of files under a note (behaviour.md §1.9) or a client (§1.10). Lists, downloads
 * and the zip of several files are on query-service. Answers with the command response, as every command does.
 */
@RestController
@PhiEndpoint("SessionAttachment")
class AttachmentCommandController {

    private final AttachmentOwners owners;
    private final AttachmentUploads uploads;
    private final AttachmentChanges changes;
    private final UploadRateLimiter rateLimiter;
    private final QueryLocations locations;

    AttachmentCommandController(
            AttachmentOwners owners,
            AttachmentUploads uploads,
            AttachmentChanges changes,
            UploadRateLimiter rateLimiter,
            QueryLocations locations) {
        this.owners = owners;
        this.uploads = uploads;
        this.changes = changes;
        this.rateLimiter = rateLimiter;
        this.locations = locations;
    }

    @PostMapping(path = "/api/v1/sessions/{sessionId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CommandResponse> uploadToSession(
            Actor actor,
            @PathVariable UUID sessionId,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        rateLimiter.acquire(actor.userId());
        SessionId session = SessionId.of(sessionId);
        ClientId client = owners.clientOfLiveNote(session, actor.requireWorkspace());
        UploadedAttachment uploaded = uploads.toSession(uploader(actor), session, client, nameOf(file), bytesOf(file));
        return created("/api/v1/sessions/" + sessionId + "/attachments/", uploaded);
    }

    @PostMapping(path = "/api/v1/clients/{clientId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CommandResponse> uploadToClient(
            Actor actor,
            @PathVariable UUID clientId,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        rateLimiter.acquire(actor.userId());
        ClientId client = ClientId.of(clientId);
        owners.requireClient(client, actor.requireWorkspace());
        UploadedAttachment uploaded = uploads.toClient(uploader(actor), client, nameOf(file), bytesOf(file));
        return created("/api/v1/clients/" + clientId + "/attachments/", uploaded);
    }

    @PatchMapping("/api/v1/sessions/{sessionId}/attachments/{attachmentId}")
    CommandResponse renameInSession(
            Actor actor,
            @PathVariable UUID sessionId,
            @PathVariable UUID attachmentId,
            @Valid @RequestBody RenameAttachmentRequest request,
            ExpectedVersion expected) {
        return rename(liveNote(actor, sessionId), attachmentId, request, expected);
    }

    @PatchMapping("/api/v1/clients/{clientId}/attachments/{attachmentId}")
    CommandResponse renameOfClient(
            Actor actor,
            @PathVariable UUID clientId,
            @PathVariable UUID attachmentId,
            @Valid @RequestBody RenameAttachmentRequest request,
            ExpectedVersion expected) {
        return rename(client(actor, clientId), attachmentId, request, expected);
    }

    @DeleteMapping("/api/v1/sessions/{sessionId}/attachments/{attachmentId}")
    CommandResponse deleteInSession(
            Actor actor, @PathVariable UUID sessionId, @PathVariable UUID attachmentId, ExpectedVersion expected) {
        return delete(liveNote(actor, sessionId), attachmentId, expected);
    }

    @DeleteMapping("/api/v1/clients/{clientId}/attachments/{attachmentId}")
    CommandResponse deleteOfClient(
            Actor actor, @PathVariable UUID clientId, @PathVariable UUID attachmentId, ExpectedVersion expected) {
        return delete(client(actor, clientId), attachmentId, expected);
    }

    /** The place of a note's files, once the note is found live in the caller's workspace (404 otherwise). */
    private Place liveNote(Actor actor, UUID sessionId) {
        WorkspaceId workspace = actor.requireWorkspace();
        SessionId session = SessionId.of(sessionId);
        owners.clientOfLiveNote(session, workspace);
        return new Place(workspace, AttachmentPlace.ofSession(session));
    }

    /** The place of a client's files, once the client is found in the caller's workspace (404 otherwise). */
    private Place client(Actor actor, UUID clientId) {
        WorkspaceId workspace = actor.requireWorkspace();
        ClientId client = ClientId.of(clientId);
        owners.requireClient(client, workspace);
        return new Place(workspace, AttachmentPlace.ofClient(client));
    }

    private CommandResponse rename(
            Place place, UUID attachmentId, RenameAttachmentRequest request, ExpectedVersion expected) {
        return changes.rename(
                place.workspace(),
                place.files(),
                AttachmentId.of(attachmentId),
                request.fileName(),
                expected.sequence());
    }

    private CommandResponse delete(Place place, UUID attachmentId, ExpectedVersion expected) {
        return changes.delete(place.workspace(), place.files(), AttachmentId.of(attachmentId), expected.sequence());
    }

    private ResponseEntity<CommandResponse> created(String listPath, UploadedAttachment uploaded) {
        CommandResponse response = uploaded.response();
        return ResponseEntity.created(locations.of(listPath + response.id())).body(response);
    }

    private static Uploader uploader(Actor actor) {
        return new Uploader(actor.requireWorkspace(), actor.userId());
    }

    private static String nameOf(MultipartFile file) {
        return requirePresent(file).getOriginalFilename();
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return requirePresent(file).getBytes();
        } catch (IOException e) {
            throw new BusinessRuleViolation(Kind.BAD_REQUEST, "Failed to read file");
        }
    }

    private static MultipartFile requirePresent(MultipartFile file) {
        if (file == null) {
            throw new ValidationFailedException(List.of(new FieldProblem("file", "Field required")));
        }
        return file;
    }

    /** Where the files addressed by a request live, checked to be the caller's before any other check. */
    private record Place(WorkspaceId workspace, AttachmentPlace files) {}
}
