package com.pazpaz.command.client;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;

/**
 * Whether a client exists in a workspace (R-ISO-3): asked before a note, an appointment, a series or a plan of care
 * is made for it (R-SES-1). The one home of that rule on the command side.
 */
public interface ClientLookup {

    boolean existsInWorkspace(ClientId clientId, WorkspaceId workspaceId);
}
