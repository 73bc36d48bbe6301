package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A note recorded progress toward a goal of its client's plan of care: part of the note, so encrypted with the
 * note's key (bound to the progress row {@code entryId}), purged with the note and erased with the client. It
 * appears in the goal's progress history.
 */
@Revision("1")
public record SessionGoalProgressRecordedEvent(
        SessionId sessionId,
        WorkspaceId workspaceId,
        ClientId clientId,
        UserId author,
        UUID entryId,
        UUID carePlanId,
        UUID goalId,
        EncryptedValue progressNote,
        EncryptedValue measure,
        Instant recordedAt)
        implements WorkspaceScoped {}
