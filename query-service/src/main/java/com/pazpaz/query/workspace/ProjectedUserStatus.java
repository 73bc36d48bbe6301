package com.pazpaz.query.workspace;

import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.security.UserStatusLookup;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.query.common.ProjectionProgress;
import com.pazpaz.query.isolation.EveryPractice;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Query-service checks tokens against the projected {@code users} table, and {@code workspaces.is_active} for a
 * closed practice (decision 272): a deactivation is seen once projected (plus the validator's short cache). A user
 * not projected yet is unknown: refused when the projection has applied every stored event (then the user does not
 * exist), let through while it is behind, so a brand-new owner can read right away (decision 168).
 */
@Component
class ProjectedUserStatus implements UserStatusLookup {

    private final UserRows users;
    private final WorkspaceRows workspaces;
    private final ProjectionProgress progress;
    private final EventStoreHead head;

    ProjectedUserStatus(UserRows users, WorkspaceRows workspaces, ProjectionProgress progress, EventStoreHead head) {
        this.users = users;
        this.workspaces = workspaces;
        this.progress = progress;
        this.head = head;
    }

    /**
     * Asked only for a user not found (never for a known one): true when the projection has reached the newest
     * stored event and none of the positions it moved past unapplied holds a committed event (those are rolled-back
     * transactions, which create no user). One or two statements, only on this rare path.
     */
    @Override
    public boolean knowsEveryExistingUser() {
        return progress.skippedUpTo(head.position())
                .map(skipped -> !head.anyStored(skipped))
                .orElse(false);
    }

    /** The user's row, and whether their practice is open (decision 272): a practice not projected yet is open. */
    @Override
    public Optional<UserStatus> statusOf(UserId userId) {
        // the token is being checked, so no workspace is named yet; neither row holds PHI (decision 101)
        return EveryPractice.call(() -> users.findById(userId.value())
                .map(row -> new UserStatus(
                        WorkspaceId.of(row.workspaceId()),
                        Role.valueOf(row.role()),
                        row.isActive(),
                        workspaces.isActive(row.workspaceId()).orElse(true))));
    }
}
