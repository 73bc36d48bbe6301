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
import com.pazpaz.kernel.workspace.ReactivateUserCommand;
import com.pazpaz.kernel.workspace.ReactivateWorkspaceCommand;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.SetAvailableHoursCommand;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
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
 * workspace. The staff live here, in one aggregate, so "at least one active owner" and "one account per e-mail"
 * are decided on a consistent view of everyone.
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
                command.ownerEmail(),
                command.ownerFullName(),
                command.createdAt()));
    }

    @CommandHandler
    void handle(AddAssistantCommand command) {
        if (staff.hasEmail(command.email())) {
            throw Staff.emailTaken();
        }
        apply(new AssistantAddedEvent(
                workspaceId, command.userId(), command.email(), command.fullName(), command.addedAt()));
    }

    @CommandHandler
    void handle(ChangeUserRoleCommand command) {
        if (staff.require(command.userId()).role() == command.role()) {
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
        if (staff.require(command.userId()).active()) {
            return;
        }
        apply(new UserReactivatedEvent(workspaceId, command.userId(), command.reactivatedAt()));
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
        staff.add(event.ownerId(), event.ownerEmail(), Role.OWNER);
    }

    @EventSourcingHandler
    void on(AssistantAddedEvent event) {
        staff.add(event.userId(), event.email(), Role.ASSISTANT);
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
