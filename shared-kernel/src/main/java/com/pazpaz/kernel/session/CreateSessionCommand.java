package com.pazpaz.kernel.session;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a draft note for a client, optionally linked to an appointment (R-SES-1). Id, author and time are
 * decided by the caller; the SOAP fields are already encrypted for the note's {@code sessions} row.
 */
public record CreateSessionCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        ClientId clientId,
        UUID appointmentId,
        UserId author,
        SoapNote soap,
        Instant sessionDate,
        Integer durationMinutes,
        Instant createdAt) {

    public CreateSessionCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(soap, "soap");
        Objects.requireNonNull(sessionDate, "session date");
        Objects.requireNonNull(createdAt, "created at");
    }
}
