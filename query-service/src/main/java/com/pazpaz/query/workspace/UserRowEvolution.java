package com.pazpaz.query.workspace;

import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserErasedEvent;
import com.pazpaz.kernel.workspace.UserReactivatedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import java.util.UUID;

/**
 * How the workspace events change a {@code users} row: the owner comes with the workspace, assistants later. The
 * name and e-mail are copied as the event carries them: ciphertext since revision 2, plaintext before.
 */
final class UserRowEvolution {

    private UserRowEvolution() {}

    /** The row after the event; null before the user was added. */
    static UserRow apply(UserRow row, Object event) {
        if (event instanceof WorkspaceCreatedEvent created) {
            return created.ownerEmailEncrypted() == null
                    ? UserRow.plaintext(
                            created.ownerId().value(),
                            created.workspaceId().value(),
                            created.ownerEmail(),
                            created.ownerFullName(),
                            Role.OWNER.name(),
                            created.createdAt())
                    : UserRow.encrypted(
                            created.ownerId().value(),
                            created.workspaceId().value(),
                            created.ownerEmailEncrypted(),
                            created.ownerFullNameEncrypted(),
                            Role.OWNER.name(),
                            created.createdAt());
        }
        if (event instanceof AssistantAddedEvent added) {
            return added.emailEncrypted() == null
                    ? UserRow.plaintext(
                            added.userId().value(),
                            added.workspaceId().value(),
                            added.email(),
                            added.fullName(),
                            Role.ASSISTANT.name(),
                            added.addedAt())
                    : UserRow.encrypted(
                            added.userId().value(),
                            added.workspaceId().value(),
                            added.emailEncrypted(),
                            added.fullNameEncrypted(),
                            Role.ASSISTANT.name(),
                            added.addedAt());
        }
        if (row == null) {
            return null;
        }
        if (event instanceof UserRoleChangedEvent changed) {
            row.changeRole(changed.role().name(), changed.changedAt());
        } else if (event instanceof UserDeactivatedEvent deactivated) {
            row.setActive(false, deactivated.deactivatedAt());
        } else if (event instanceof UserReactivatedEvent reactivated) {
            row.setActive(true, reactivated.reactivatedAt());
        } else if (event instanceof UserErasedEvent erased) {
            row.erase(erased.erasedAt());
        }
        return row;
    }

    /** The existing user an event changes; null for a new user or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof UserRoleChangedEvent e) {
            return e.userId().value();
        }
        if (event instanceof UserDeactivatedEvent e) {
            return e.userId().value();
        }
        if (event instanceof UserErasedEvent e) {
            return e.userId().value();
        }
        return event instanceof UserReactivatedEvent e ? e.userId().value() : null;
    }
}
