package com.pazpaz.infra.security;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.util.Optional;

/**
 * What a service knows of a token's user now, consulted after the token itself was validated. Each service
 * implements it on its own table (command side: {@code command_model.user_accounts}; query side: the {@code users}
 * read table). Without such a bean, tokens are checked on their signature and claims only.
 */
public interface UserStatusLookup {

    /** The user as this service knows them; empty when it does not know them (yet). */
    Optional<UserStatus> statusOf(UserId userId);

    /** A user's current workspace, role and active flag. */
    record UserStatus(WorkspaceId workspaceId, Role role, boolean active) {
    }
}
