package com.pazpaz.infra.security;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.util.Optional;

/**
 * What a service knows of a token's user now, consulted after the token itself was validated. Each service
 * implements it on its own table (command side: {@code command_model.user_accounts}; query side: the {@code users}
 * read table). Without such a bean, tokens are checked on their signature and claims only.
 *
 * <p>A user the lookup does not know is refused when {@link #knowsEveryExistingUser()} says it would know them if
 * they existed (decision 168): always on the strongly consistent command side; on the query side once its
 * projection has applied every stored event.
 */
public interface UserStatusLookup {

    /** The user as this service knows them; empty when it does not know them (yet). */
    Optional<UserStatus> statusOf(UserId userId);

    /**
     * Whether every user that exists right now is known here, so that an unknown one does not exist and its token
     * is refused. A lookup that may lag behind the directory (a projection) answers false while it is behind.
     */
    default boolean knowsEveryExistingUser() {
        return true;
    }

    /**
     * A user's current workspace, role and active flag, and whether their practice is open (a platform administrator
     * may close it: decision 272).
     */
    record UserStatus(WorkspaceId workspaceId, Role role, boolean active, boolean practiceActive) {

        /** A user of an open practice. */
        public UserStatus(WorkspaceId workspaceId, Role role, boolean active) {
            this(workspaceId, role, active, true);
        }

        /** Whether the user may act now: their account and their practice are both active. */
        public boolean mayAct() {
            return active && practiceActive;
        }
    }
}
