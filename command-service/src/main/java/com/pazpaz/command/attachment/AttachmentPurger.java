package com.pazpaz.command.attachment;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.kernel.attachment.PurgeAttachmentCommand;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * D11: a purged note or an erased client takes its files with it, in the same transaction: each file is purged
 * (usage released, row gone, blob removed after commit), so nothing is left behind to count or to read.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class AttachmentPurger {

    private final LedgerQueries ledger;
    private final CommandGateway commands;

    AttachmentPurger(LedgerQueries ledger, CommandGateway commands) {
        this.ledger = ledger;
        this.commands = commands;
    }

    @EventHandler
    void on(SessionPurgedEvent event) {
        purge(ledger.allFilesOfSession(event.sessionId()), event.workspaceId(), event.purgedAt());
    }

    @EventHandler
    void on(ClientErasedEvent event) {
        purge(ledger.allFilesOfClient(event.clientId()), event.workspaceId(), event.erasedAt());
    }

    private void purge(List<AttachmentId> files, WorkspaceId workspaceId, Instant at) {
        files.forEach(file -> commands.sendAndWait(new PurgeAttachmentCommand(file, workspaceId, at)));
    }
}
