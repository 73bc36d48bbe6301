package com.pazpaz.query.client;

import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.common.PointInTime;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A client as it stood at an instant, rebuilt from its events rather than read from the table: answers "what did
 * this record say on 3 March?" for an auditor.
 */
@Component
class ClientAsOf {

    private final PointInTime pointInTime;

    ClientAsOf(PointInTime pointInTime) {
        this.pointInTime = pointInTime;
    }

    /** The row as of {@code instant}; not found if the client did not exist yet or belongs to another workspace. */
    ClientRow at(UUID clientId, UUID workspaceId, Instant instant) {
        ClientRow row = pointInTime.fold(clientId, instant, ClientAsOf::apply);
        if (row == null || !row.workspaceId().equals(workspaceId)) {
            throw new RecordNotFoundException();
        }
        return row;
    }

    private static ClientRow apply(ClientRow row, Object event) {
        if (event instanceof ClientRegisteredEvent registered) {
            ClientRow created = new ClientRow(registered.clientId().value(), registered.workspaceId().value(),
                    registered.active(), registered.registeredAt());
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
        }
        return row;
    }
}
