package com.pazpaz.query.workspace;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * behaviour.md §1.3: the practice's storage use and quota. Another workspace's id is 403, the reference's one
 * exception to 404. Any role may read it (an assistant uploads attachments too); only owners change the quota.
 */
@RestController
@Transactional(readOnly = true)
class StorageQueryController {

    private final WorkspaceRows workspaces;

    StorageQueryController(WorkspaceRows workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/storage")
    StorageView storage(Actor actor, @PathVariable UUID workspaceId) {
        if (!actor.requireWorkspace().value().equals(workspaceId)) {
            throw new AccessDeniedException("Access denied to this workspace");
        }
        return workspaces.findById(workspaceId).map(WorkspaceRow::storage).orElseThrow(RecordNotFoundException::new);
    }
}
