package com.pazpaz.command.session;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;

/** Whether a client exists in a workspace, asked when a note is created for it (R-SES-1, R-ISO-3). */
public interface ClientLookup {

    boolean existsInWorkspace(ClientId clientId, WorkspaceId workspaceId);
}
