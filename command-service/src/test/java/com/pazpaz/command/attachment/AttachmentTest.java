package com.pazpaz.command.attachment;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPlace;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentRenamedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.attachment.DeleteAttachmentCommand;
import com.pazpaz.kernel.attachment.PurgeAttachmentCommand;
import com.pazpaz.kernel.attachment.RenameAttachmentCommand;
import com.pazpaz.kernel.attachment.UploadAttachmentCommand;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules one file holds alone: where it is found, that deleted stays deleted, what a purge releases. */
class AttachmentTest {

    private static final AttachmentId FILE = AttachmentId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final WorkspaceId OTHER_WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final SessionId NOTE = SessionId.of(UUID.randomUUID());
    private static final UserId UPLOADER = UserId.of(UUID.randomUUID());
    private static final EncryptedValue NAME = cipher("scan.pdf");
    private static final EncryptedValue NEW_NAME = cipher("mri.pdf");
    private static final String BLOB = "workspaces/w/sessions/s/attachments/f.pdf";
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private AggregateTestFixture<Attachment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Attachment.class);
    }

    @Test
    void anUploadRecordsTheFile() {
        fixture.givenNoPriorActivity()
                .when(new UploadAttachmentCommand(
                        FILE, WORKSPACE, CLIENT, NOTE, NAME, "application/pdf", 1234, BLOB, UPLOADER, T0))
                .expectEvents(uploadedToNote());
    }

    @Test
    void aNoteFileIsRenamedUnderItsNote() {
        fixture.given(uploadedToNote())
                .when(new RenameAttachmentCommand(FILE, WORKSPACE, AttachmentPlace.ofSession(NOTE), NEW_NAME, T1, null))
                .expectEvents(new AttachmentRenamedEvent(FILE, WORKSPACE, CLIENT, NOTE, NEW_NAME, T1));
    }

    @Test
    void aNoteFileIsNotFoundUnderAnotherNote() {
        fixture.given(uploadedToNote())
                .when(new DeleteAttachmentCommand(
                        FILE, WORKSPACE, AttachmentPlace.ofSession(SessionId.of(UUID.randomUUID())), T1, null))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aNoteFileIsNotFoundUnderItsClient() {
        fixture.given(uploadedToNote())
                .when(new DeleteAttachmentCommand(FILE, WORKSPACE, AttachmentPlace.ofClient(CLIENT), T1, null))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aClientFileIsFoundUnderItsClient() {
        fixture.given(uploadedToClient())
                .when(new DeleteAttachmentCommand(FILE, WORKSPACE, AttachmentPlace.ofClient(CLIENT), T1, null))
                .expectEvents(new AttachmentDeletedEvent(FILE, WORKSPACE, CLIENT, null, 1234, T1));
    }

    @Test
    void anotherPracticeFindsNothing() {
        fixture.given(uploadedToNote())
                .when(new DeleteAttachmentCommand(FILE, OTHER_WORKSPACE, AttachmentPlace.ofSession(NOTE), T1, null))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedFileCannotBeRenamedOrDeletedAgain() {
        fixture.given(uploadedToNote(), new AttachmentDeletedEvent(FILE, WORKSPACE, CLIENT, NOTE, 1234, T0))
                .when(new RenameAttachmentCommand(FILE, WORKSPACE, AttachmentPlace.ofSession(NOTE), NEW_NAME, T1, null))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
        fixture.given(uploadedToNote(), new AttachmentDeletedEvent(FILE, WORKSPACE, CLIENT, NOTE, 1234, T0))
                .when(new DeleteAttachmentCommand(FILE, WORKSPACE, AttachmentPlace.ofSession(NOTE), T1, null))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aPurgeReleasesTheSizeOfALiveFile() {
        fixture.given(uploadedToNote())
                .when(new PurgeAttachmentCommand(FILE, WORKSPACE, T1))
                .expectEvents(new AttachmentPurgedEvent(FILE, WORKSPACE, CLIENT, NOTE, 1234, BLOB, T1));
    }

    @Test
    void aPurgeOfADeletedFileReleasesNothingMoreButStillRemovesItsBlob() {
        fixture.given(uploadedToNote(), new AttachmentDeletedEvent(FILE, WORKSPACE, CLIENT, NOTE, 1234, T0))
                .when(new PurgeAttachmentCommand(FILE, WORKSPACE, T1))
                .expectEvents(new AttachmentPurgedEvent(FILE, WORKSPACE, CLIENT, NOTE, 0, BLOB, T1));
    }

    @Test
    void aPurgedFileIsGoneForEveryCommand() {
        fixture.given(uploadedToNote(), new AttachmentPurgedEvent(FILE, WORKSPACE, CLIENT, NOTE, 1234, BLOB, T0))
                .when(new DeleteAttachmentCommand(FILE, WORKSPACE, AttachmentPlace.ofSession(NOTE), T1, null))
                .expectException(AggregateNotFoundException.class);
    }

    private static AttachmentUploadedEvent uploadedToNote() {
        return new AttachmentUploadedEvent(
                FILE, WORKSPACE, CLIENT, NOTE, NAME, "application/pdf", 1234, BLOB, UPLOADER, T0);
    }

    private static AttachmentUploadedEvent uploadedToClient() {
        return new AttachmentUploadedEvent(
                FILE, WORKSPACE, CLIENT, null, NAME, "application/pdf", 1234, BLOB, UPLOADER, T0);
    }

    private static EncryptedValue cipher(String label) {
        return EncryptedValue.of(("k1:" + label).getBytes(StandardCharsets.US_ASCII));
    }
}
