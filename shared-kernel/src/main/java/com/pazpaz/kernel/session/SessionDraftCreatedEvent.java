package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A draft note was started for a client; the note as it stands afterwards. */
@Revision("1")
public record SessionDraftCreatedEvent(
        SessionId sessionId,
        WorkspaceId workspaceId,
        ClientId clientId,
        UUID appointmentId,
        UserId author,
        SoapNote soap,
        Instant sessionDate,
        Integer durationMinutes,
        Instant createdAt)
        implements WorkspaceScoped {}
