package com.pazpaz.command.workspace;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.AddAssistantCommand;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.ChangeStorageQuotaCommand;
import com.pazpaz.kernel.workspace.ChangeUserRoleCommand;
import com.pazpaz.kernel.workspace.CreateWorkspaceCommand;
import com.pazpaz.kernel.workspace.DeactivateUserCommand;
import com.pazpaz.kernel.workspace.DeactivateWorkspaceCommand;
import com.pazpaz.kernel.workspace.EraseUserCommand;
import com.pazpaz.kernel.workspace.ReactivateUserCommand;
import com.pazpaz.kernel.workspace.ReactivateWorkspaceCommand;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.SetAvailableHoursCommand;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserErasedEvent;
import com.pazpaz.kernel.workspace.UserReactivatedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.kernel.workspace.WorkspaceAvailableHoursSetEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceDeactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceReactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceStorageQuotaChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A practice with its staff, storage quota and available hours. Every other record belongs to exactly one
 * workspace. The staff live here, in one aggregate, so "at least one active owner" is decided on a consistent
 * view of everyone; "one account per e-mail" is the user directory's, which alone can compare e-mails
 * (decision 266).
 */
@Aggregate
class Workspace {

    /** The reference's default quota: 10 GiB of attachments per practice. */
    static final long DEFAULT_STORAGE_QUOTA_BYTES = 10L * 1024 * 1024 * 1024;

    @AggregateIdentifier
    private WorkspaceId workspaceId;

    private long storageQuotaBytes;
    /** Null until the owner first sets them. */
    private WeeklyHours availableHours;
    /** Whether a platform administrator has closed the practice (decision 270). */
    private boolean deactivated;

    private final Staff staff = new Staff();

    Workspace() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    Workspace(CreateWorkspaceCommand command) {
        apply(new WorkspaceCreatedEvent(
                command.workspaceId(),
                command.name(),
                DEFAULT_STORAGE_QUOTA_BYTES,
                command.ownerId(),
                null,
                null,
                command.createdAt(),
                command.ownerEmail(),
                command.ownerFullName()));
    }

    @CommandHandler
    void handle(AddAssistantCommand command) {
        apply(new AssistantAddedEvent(
                workspaceId, command.userId(), null, null, command.addedAt(), command.email(), command.fullName()));
    }

    @CommandHandler
    void handle(ChangeUserRoleCommand command) {
        if (staff.requireNotErased(command.userId()).role() == command.role()) {
            return;
        }
        if (staff.isLastActiveOwner(command.userId())) {
            throw Staff.lastActiveOwner();
        }
        apply(new UserRoleChangedEvent(workspaceId, command.userId(), command.role(), command.changedAt()));
    }

    @CommandHandler
    void handle(DeactivateUserCommand command) {
        if (!staff.require(command.userId()).active()) {
            return;
        }
        if (staff.isLastActiveOwner(command.userId())) {
            throw Staff.lastActiveOwner();
        }
        apply(new UserDeactivatedEvent(workspaceId, command.userId(), command.deactivatedAt()));
    }

    @CommandHandler
    void handle(ReactivateUserCommand command) {
        if (staff.requireNotErased(command.userId()).active()) {
            return;
        }
        apply(new UserReactivatedEvent(workspaceId, command.userId(), command.reactivatedAt()));
    }

    /**
     * Erasing is for good (decision 267): an erased user stays erased (again: no-op); nobody erases themselves
     * (422), and the last active owner stays (409).
     */
    @CommandHandler
    void handle(EraseUserCommand command) {
        if (staff.require(command.userId()).erased()) {
            return;
        }
        if (command.userId().equals(command.erasedBy())) {
            throw new BusinessRuleViolation("A user cannot erase themselves; another owner can");
        }
        if (staff.isLastActiveOwner(command.userId())) {
            throw Staff.lastActiveOwner();
        }
        apply(new UserErasedEvent(workspaceId, command.userId(), command.erasedAt()));
    }

    /** behaviour.md §1.3: any positive quota, even below what is already stored; files are never deleted. */
    @CommandHandler
    void handle(ChangeStorageQuotaCommand command) {
        if (command.quotaBytes() <= 0) {
            throw new BusinessRuleViolation("quota_bytes must be greater than 0");
        }
        if (command.quotaBytes() == storageQuotaBytes) {
            return;
        }
        apply(new WorkspaceStorageQuotaChangedEvent(workspaceId, command.quotaBytes(), command.changedAt()));
    }

    /** Setting the same hours again is a no-op; the hours' own rules (zone, no overlap) hold by construction. */
    @CommandHandler
    void handle(SetAvailableHoursCommand command) {
        if (command.hours().equals(availableHours)) {
            return;
        }
        apply(new WorkspaceAvailableHoursSetEvent(workspaceId, command.hours(), command.setAt()));
    }

    @EventSourcingHandler
    void on(WorkspaceCreatedEvent event) {
        workspaceId = event.workspaceId();
        storageQuotaBytes = event.storageQuotaBytes();
        staff.add(event.ownerId(), Role.OWNER);
    }

    @EventSourcingHandler
    void on(AssistantAddedEvent event) {
        staff.add(event.userId(), Role.ASSISTANT);
    }

    @EventSourcingHandler
    void on(UserRoleChangedEvent event) {
        staff.changeRole(event.userId(), event.role());
    }

    @EventSourcingHandler
    void on(UserDeactivatedEvent event) {
        staff.setActive(event.userId(), false);
    }

    @EventSourcingHandler
    void on(UserReactivatedEvent event) {
        staff.setActive(event.userId(), true);
    }

    @EventSourcingHandler
    void on(UserErasedEvent event) {
        staff.erase(event.userId());
    }

    @EventSourcingHandler
    void on(WorkspaceStorageQuotaChangedEvent event) {
        storageQuotaBytes = event.storageQuotaBytes();
    }

    @EventSourcingHandler
    void on(WorkspaceAvailableHoursSetEvent event) {
        availableHours = event.hours();
    }

    /** Closing a closed practice is a no-op (decision 271). */
    @CommandHandler
    void handle(DeactivateWorkspaceCommand command) {
        if (deactivated) {
            return;
        }
        apply(new WorkspaceDeactivatedEvent(workspaceId, command.deactivatedAt()));
    }

    @CommandHandler
    void handle(ReactivateWorkspaceCommand command) {
        if (!deactivated) {
            return;
        }
        apply(new WorkspaceReactivatedEvent(workspaceId, command.reactivatedAt()));
    }

    @EventSourcingHandler
    void on(WorkspaceDeactivatedEvent event) {
        deactivated = true;
    }

    @EventSourcingHandler
    void on(WorkspaceReactivatedEvent event) {
        deactivated = false;
    }
}
