package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A draft was saved (autosave or full save); the note's text, date and duration as they stand afterwards. */
@Revision("1")
public record SessionDraftSavedEvent(
        SessionId sessionId,
        WorkspaceId workspaceId,
        UserId author,
        SoapNote soap,
        Instant sessionDate,
        Integer durationMinutes,
        Instant savedAt)
        implements WorkspaceScoped {}
