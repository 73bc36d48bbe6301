package com.pazpaz.query.client;

import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import java.util.UUID;

/**
 * How each client event changes a {@code clients} row: the one fold shared by the projector (rows in the table)
 * and the point-in-time answer (a row rebuilt in memory), so both always agree.
 */
final class ClientRowEvolution {

    private ClientRowEvolution() {}

    /** The row after the event; null while there is no client (an event before the registration). */
    static ClientRow apply(ClientRow row, Object event) {
        if (event instanceof ClientRegisteredEvent registered) {
            ClientRow created = new ClientRow(
                    registered.clientId().value(),
                    registered.workspaceId().value(),
                    registered.active(),
                    registered.registeredAt());
            created.apply(registered.details(), registered.registeredAt());
            return created;
        }
        if (row == null) {
            return null;
        }
        if (event instanceof ClientDetailsRevisedEvent revised) {
            row.apply(revised.details(), revised.revisedAt());
        } else if (event instanceof ClientArchivedEvent archived) {
            row.setActive(false, archived.archivedAt());
        } else if (event instanceof ClientReactivatedEvent reactivated) {
            row.setActive(true, reactivated.reactivatedAt());
        } else if (event instanceof ClientErasedEvent erased) {
            // the ciphertext stays, unreadable now, but the tags go (decision 262); the new updated_at tells the list
            // index to look again
            row.forgetTags(erased.erasedAt());
        }
        return row;
    }

    /** The existing client an event changes; null for a registration or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof ClientDetailsRevisedEvent revised) {
            return revised.clientId().value();
        }
        if (event instanceof ClientArchivedEvent archived) {
            return archived.clientId().value();
        }
        if (event instanceof ClientReactivatedEvent reactivated) {
            return reactivated.clientId().value();
        }
        return event instanceof ClientErasedEvent erased ? erased.clientId().value() : null;
    }
}
