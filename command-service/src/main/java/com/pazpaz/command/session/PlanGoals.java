package com.pazpaz.command.session;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.UUID;

/**
 * Whether a goal is a current goal of one of a client's plans of care, asked before a note records progress
 * toward it. A port: the plans of care answer it (CarePlanDirectory), so notes do not depend on them.
 */
public interface PlanGoals {

    boolean isGoalOf(UUID carePlanId, UUID goalId, ClientId clientId, WorkspaceId workspaceId);
}
