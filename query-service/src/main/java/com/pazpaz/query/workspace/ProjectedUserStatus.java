package com.pazpaz.query.workspace;

import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.security.UserStatusLookup;
import com.pazpaz.query.common.ProjectionProgress;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Query-service checks tokens against the projected {@code users} table: a deactivation is seen once projected
 * (plus the validator's short cache). A user not projected yet is unknown: refused when the projection has applied
 * every stored event (then the user does not exist), let through while it is behind, so a brand-new owner can read
 * right away (decision 168).
 */
@Component
class ProjectedUserStatus implements UserStatusLookup {

    private final UserRows users;
    private final ProjectionProgress progress;
    private final EventStoreHead head;

    ProjectedUserStatus(UserRows users, ProjectionProgress progress, EventStoreHead head) {
        this.users = users;
        this.progress = progress;
        this.head = head;
    }

    /** Asked only for a user not found: the newest stored event is read then, never for a known user. */
    @Override
    public boolean knowsEveryExistingUser() {
        return progress.hasAppliedEverythingUpTo(head.position());
    }

    @Override
    public Optional<UserStatus> statusOf(UserId userId) {
        return users.findById(userId.value()).map(row -> new UserStatus(WorkspaceId.of(row.workspaceId()),
                Role.valueOf(row.role()), row.isActive()));
    }
}
