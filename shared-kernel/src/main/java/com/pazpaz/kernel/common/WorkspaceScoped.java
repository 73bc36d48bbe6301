package com.pazpaz.kernel.common;

import com.pazpaz.kernel.ids.WorkspaceId;

/**
 * A message about a record of one workspace. Every event implements it: projectors order by it and the
 * Kafka publisher keys records by it, so one practice's events always stay in order.
 */
public interface WorkspaceScoped {

    WorkspaceId workspaceId();
}
