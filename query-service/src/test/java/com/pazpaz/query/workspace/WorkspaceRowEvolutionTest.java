package com.pazpaz.query.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserErasedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceDeactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceReactivatedEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the workspace events shape the {@code workspaces} and {@code users} rows. */
class WorkspaceRowEvolutionTest {

    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final UserId OWNER = UserId.of(UUID.randomUUID());
    private static final AttachmentId FILE = AttachmentId.of(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final EncryptedValue EMAIL = EncryptedValue.of(new byte[] {'d', '1', ':', 1, 2});
    private static final EncryptedValue NAME = EncryptedValue.of(new byte[] {'d', '1', ':', 3, 4});
    private static final WorkspaceCreatedEvent CREATED =
            new WorkspaceCreatedEvent(WORKSPACE, "Practice", 1000, OWNER, null, null, T0, EMAIL, NAME);

    @Test
    void filesUseStorageAndReleaseItButUsageNeverGoesBelowZero() {
        WorkspaceRow row = WorkspaceRowEvolution.apply(null, CREATED);
        row = WorkspaceRowEvolution.apply(
                row,
                new AttachmentUploadedEvent(
                        FILE,
                        WORKSPACE,
                        CLIENT,
                        null,
                        EncryptedValue.of(new byte[] {1}),
                        "application/pdf",
                        300,
                        "blobs/x.pdf",
                        OWNER,
                        T0));
        assertThat(row.storage().usedBytes()).isEqualTo(300);
        row = WorkspaceRowEvolution.apply(row, new AttachmentDeletedEvent(FILE, WORKSPACE, CLIENT, null, 200, T0));
        assertThat(row.storage().usedBytes()).isEqualTo(100);
        row = WorkspaceRowEvolution.apply(
                row, new AttachmentPurgedEvent(FILE, WORKSPACE, CLIENT, null, 500, "blobs/x.pdf", T0));
        assertThat(row.storage().usedBytes()).isZero();
        assertThat(WorkspaceRowEvolution.changes(new AttachmentDeletedEvent(FILE, WORKSPACE, CLIENT, null, 1, T0)))
                .isEqualTo(WORKSPACE.value());
    }

    @Test
    void theOwnerComesWithTheWorkspaceAndAssistantsLater() {
        UserRow owner = UserRowEvolution.apply(null, CREATED);
        assertThat(owner.role()).isEqualTo(Role.OWNER.name());
        assertThat(owner.workspaceId()).isEqualTo(WORKSPACE.value());

        UserId assistantId = UserId.of(UUID.randomUUID());
        UserRow assistant = UserRowEvolution.apply(
                null, new AssistantAddedEvent(WORKSPACE, assistantId, null, null, T0, EMAIL, NAME));
        assertThat(assistant.role()).isEqualTo(Role.ASSISTANT.name());
        assistant = UserRowEvolution.apply(
                assistant, new UserRoleChangedEvent(WORKSPACE, assistantId, Role.OWNER, T0.plusSeconds(1)));
        assistant =
                UserRowEvolution.apply(assistant, new UserDeactivatedEvent(WORKSPACE, assistantId, T0.plusSeconds(2)));
        assertThat(assistant.role()).isEqualTo(Role.OWNER.name());
        assertThat(assistant.isActive()).isFalse();
        assertThat(UserRowEvolution.apply(null, new UserDeactivatedEvent(WORKSPACE, assistantId, T0)))
                .isNull();
    }

    @Test
    void aClosedPracticeShowsInactiveSinceItsClosingAndActiveAgainOnceReopened() {
        WorkspaceRow row = WorkspaceRowEvolution.apply(null, CREATED);
        assertThat(row.view().isActive()).isTrue();
        WorkspaceDeactivatedEvent closed = new WorkspaceDeactivatedEvent(WORKSPACE, T0.plusSeconds(60));
        assertThat(WorkspaceRowEvolution.changes(closed)).isEqualTo(WORKSPACE.value());
        row = WorkspaceRowEvolution.apply(row, closed);
        assertThat(row.view().isActive()).isFalse();
        assertThat(row.view().updatedAt()).isEqualTo(T0.plusSeconds(60));
        row = WorkspaceRowEvolution.apply(row, new WorkspaceReactivatedEvent(WORKSPACE, T0.plusSeconds(120)));
        assertThat(row.view().isActive()).isTrue();
        assertThat(row.view().updatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(row.view().createdAt()).isEqualTo(T0);
    }

    @Test
    void theNameAndEmailAreCopiedAsCiphertextAndTheDocumentedColumnsHoldOnlyAMarker() {
        UserRow owner = UserRowEvolution.apply(null, CREATED);
        assertThat(owner.emailEncrypted()).isEqualTo(EMAIL);
        assertThat(owner.fullNameEncrypted()).isEqualTo(NAME);
        assertThat(owner.plaintextEmail()).isEqualTo("encrypted:" + OWNER);
        assertThat(owner.plaintextFullName()).isEqualTo("encrypted");
    }

    @Test
    void aRevisionOneEventKeepsItsPlaintext() {
        UserId assistantId = UserId.of(UUID.randomUUID());
        UserRow assistant = UserRowEvolution.apply(
                null, new AssistantAddedEvent(WORKSPACE, assistantId, "a@p.test", "Assistant", T0, null, null));
        assertThat(assistant.isEncrypted()).isFalse();
        assertThat(assistant.plaintextEmail()).isEqualTo("a@p.test");
        assertThat(assistant.plaintextFullName()).isEqualTo("Assistant");
    }

    @Test
    void anErasedUserKeepsNothingOfTheirNameOrEmail() {
        UserId assistantId = UserId.of(UUID.randomUUID());
        UserRow assistant = UserRowEvolution.apply(
                null, new AssistantAddedEvent(WORKSPACE, assistantId, "a@p.test", "Assistant", T0, null, null));
        assertThat(UserRowEvolution.changes(new UserErasedEvent(WORKSPACE, assistantId, T0)))
                .isEqualTo(assistantId.value());
        assistant = UserRowEvolution.apply(assistant, new UserErasedEvent(WORKSPACE, assistantId, T0.plusSeconds(1)));
        assertThat(assistant.isErased()).isTrue();
        assertThat(assistant.isActive()).isFalse();
        assertThat(assistant.emailEncrypted()).isNull();
        assertThat(assistant.fullNameEncrypted()).isNull();
        assertThat(assistant.plaintextEmail()).isEqualTo("erased:" + assistantId);
        assertThat(assistant.plaintextFullName()).isEqualTo("erased");
    }
}
