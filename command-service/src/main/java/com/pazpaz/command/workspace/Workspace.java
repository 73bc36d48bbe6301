package com.pazpaz.command.workspace;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.CreateWorkspaceCommand;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A practice. Every other record belongs to exactly one workspace. */
@Aggregate
class Workspace {

    /** The reference's default quota: 10 GiB of attachments per practice. */
    static final long DEFAULT_STORAGE_QUOTA_BYTES = 10L * 1024 * 1024 * 1024;

    @AggregateIdentifier
    private WorkspaceId workspaceId;

    Workspace() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    Workspace(CreateWorkspaceCommand command) {
        apply(new WorkspaceCreatedEvent(command.workspaceId(), command.name(), DEFAULT_STORAGE_QUOTA_BYTES,
                command.ownerId(), command.ownerEmail(), command.ownerFullName(), command.createdAt()));
    }

    @EventSourcingHandler
    void on(WorkspaceCreatedEvent event) {
        workspaceId = event.workspaceId();
    }
}
