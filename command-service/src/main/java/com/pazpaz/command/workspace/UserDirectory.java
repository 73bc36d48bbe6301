package com.pazpaz.command.workspace;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Command-side directory of users, kept by a subscribing processor in the same transaction as the events:
 * when a command returns, the directory already knows the users it created.
 */
@Component
@ProcessingGroup(UserDirectory.PROCESSING_GROUP)
public class UserDirectory {

    public static final String PROCESSING_GROUP = "command-lookups";

    private final JdbcTemplate jdbc;

    UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event) {
        jdbc.update("INSERT INTO command_model.user_accounts (user_id, workspace_id, role, email, is_active)"
                        + " VALUES (?, ?, ?, ?, true)",
                event.ownerId().value(), event.workspaceId().value(), Role.OWNER.name(), event.ownerEmail());
    }

    /** The user's account, if it exists. */
    public Optional<UserAccount> find(UserId userId) {
        List<UserAccount> rows = jdbc.query(
                "SELECT user_id, workspace_id, role, is_active FROM command_model.user_accounts WHERE user_id = ?",
                (rs, n) -> new UserAccount(UserId.of(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class) == null ? null : WorkspaceId.of(rs.getObject(2, UUID.class)),
                        Role.valueOf(rs.getString(3)), rs.getBoolean(4)),
                userId.value());
        return rows.stream().findFirst();
    }

    /** A user as the command side knows it. */
    public record UserAccount(UserId userId, WorkspaceId workspaceId, Role role, boolean active) {
    }
}
