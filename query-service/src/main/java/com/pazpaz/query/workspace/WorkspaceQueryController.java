package com.pazpaz.query.workspace;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One practice: its name and whether it is open (decision 273). Any member reads their own practice, a platform
 * administrator any (the table has no {@code workspace_id}, so no row policy stands between); another practice is
 * 404 as every record. A closed practice's members never get here: their tokens are refused (decision 272).
 */
@RestController
@Transactional(readOnly = true)
class WorkspaceQueryController {

    private final WorkspaceRows workspaces;

    WorkspaceQueryController(WorkspaceRows workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}")
    WorkspaceView get(Actor actor, @PathVariable UUID workspaceId) {
        if (!actor.isPlatformAdmin() && !actor.requireWorkspace().value().equals(workspaceId)) {
            throw new RecordNotFoundException();
        }
        return workspaces.findById(workspaceId).map(WorkspaceRow::view).orElseThrow(RecordNotFoundException::new);
    }
}
