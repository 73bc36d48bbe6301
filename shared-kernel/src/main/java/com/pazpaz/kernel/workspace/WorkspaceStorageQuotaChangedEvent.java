package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The practice may now store this many bytes of attachments. */
@Revision("1")
public record WorkspaceStorageQuotaChangedEvent(WorkspaceId workspaceId, long storageQuotaBytes, Instant changedAt)
        implements WorkspaceScoped {}
