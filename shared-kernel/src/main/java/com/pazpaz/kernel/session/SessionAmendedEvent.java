package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A finalized note was amended. {@code previousSnapshot} is the text before the change, encrypted for the
 * version row {@code versionId}; {@code soap}, date and duration are the note afterwards; {@code reason} is
 * null for an amendment through PUT.
 */
@Revision("1")
public record SessionAmendedEvent(
        SessionId sessionId,
        WorkspaceId workspaceId,
        UserId author,
        Instant amendedAt,
        UUID versionId,
        int versionNumber,
        SoapNote previousSnapshot,
        EncryptedValue reason,
        SoapNote soap,
        Instant sessionDate,
        Integer durationMinutes,
        int amendmentCount)
        implements WorkspaceScoped {}
