package com.pazpaz.query.client;

import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.common.PointInTime;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A client as it stood at an instant, rebuilt from its events rather than read from the table: answers "what did
 * this record say on 3 March?" for an auditor. The same fold as the projector's ({@link ClientRowEvolution}).
 */
@Component
class ClientAsOf {

    private final PointInTime pointInTime;

    ClientAsOf(PointInTime pointInTime) {
        this.pointInTime = pointInTime;
    }

    /** The row as of {@code instant}; not found if the client did not exist yet or belongs to another workspace. */
    ClientRow at(UUID clientId, UUID workspaceId, Instant instant) {
        ClientRow row = pointInTime.fold(clientId, instant, ClientRowEvolution::apply);
        if (row == null || !row.workspaceId().equals(workspaceId)) {
            throw new RecordNotFoundException();
        }
        return row;
    }
}
