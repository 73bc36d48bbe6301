package com.pazpaz.query.workspace;

import com.pazpaz.infra.security.UserStatusLookup;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Query-service checks tokens against the projected {@code users} table: a deactivation is seen once projected
 * (plus the validator's short cache). A user not projected yet is unknown and passes, so a brand-new owner can
 * read right away.
 */
@Component
class ProjectedUserStatus implements UserStatusLookup {

    private final UserRows users;

    ProjectedUserStatus(UserRows users) {
        this.users = users;
    }

    @Override
    public Optional<UserStatus> statusOf(UserId userId) {
        return users.findById(userId.value()).map(row -> new UserStatus(WorkspaceId.of(row.workspaceId()),
                Role.valueOf(row.role()), row.isActive()));
    }
}
