package com.pazpaz.infra.security;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;

/**
 * The authenticated caller of a request, taken from the token's claims. The workspace comes from the token
 * and nowhere else: a workspace id in a body, query or header is never trusted.
 *
 * @param workspaceId null only for a platform administrator
 */
public record Actor(UserId userId, WorkspaceId workspaceId, Role role) {

    public boolean isPlatformAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }

    /** The caller's workspace; a platform administrator has none and cannot act on practice data. */
    public WorkspaceId requireWorkspace() {
        if (workspaceId == null) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "A platform administrator cannot act inside a workspace");
        }
        return workspaceId;
    }

    /** The caller's workspace, for what only its owners may do (managing users and the storage quota). */
    public WorkspaceId requireOwner() {
        WorkspaceId workspace = requireWorkspace();
        if (role != Role.OWNER) {
            throw new org.springframework.security.access.AccessDeniedException("Only an owner may do this");
        }
        return workspace;
    }
}
