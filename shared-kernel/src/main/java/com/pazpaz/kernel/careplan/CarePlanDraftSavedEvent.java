package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A draft plan's content was replaced; {@code content} is the whole plan afterwards. */
@Revision("1")
public record CarePlanDraftSavedEvent(
        CarePlanId carePlanId, WorkspaceId workspaceId, UserId author, CarePlanContent content, Instant savedAt)
        implements WorkspaceScoped {}
