package com.pazpaz.command.workspace;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.infra.security.UserStatusLookup;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserReactivatedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceDeactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceReactivatedEvent;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Command-side directory of users, kept by a subscribing processor in the same transaction as the events:
 * when a command returns, the directory already knows the users it created, deactivated or changed. Its unique
 * (workspace_id, email) settles a race between two instances adding the same e-mail (409 for the loser), and
 * it is what command-service checks every token against.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class UserDirectory implements UserStatusLookup {

    private final JdbcTemplate jdbc;

    UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event) {
        insert(event.ownerId(), event.workspaceId(), Role.OWNER, event.ownerEmail());
    }

    @EventHandler
    void on(AssistantAddedEvent event) {
        insert(event.userId(), event.workspaceId(), Role.ASSISTANT, event.email());
    }

    @EventHandler
    void on(UserRoleChangedEvent event) {
        jdbc.update(
                "UPDATE command_model.user_accounts SET role = ? WHERE user_id = ?",
                event.role().name(),
                event.userId().value());
    }

    @EventHandler
    void on(UserDeactivatedEvent event) {
        setActive(event.userId(), false);
    }

    @EventHandler
    void on(UserReactivatedEvent event) {
        setActive(event.userId(), true);
    }

    private void insert(UserId userId, WorkspaceId workspaceId, Role role, String email) {
        try {
            jdbc.update(
                    "INSERT INTO command_model.user_accounts (user_id, workspace_id, role, email, is_active)"
                            + " VALUES (?, ?, ?, ?, true)",
                    userId.value(),
                    workspaceId.value(),
                    role.name(),
                    email);
        } catch (DuplicateKeyException e) {
            throw Staff.emailTaken();
        }
    }

    private void setActive(UserId userId, boolean active) {
        jdbc.update("UPDATE command_model.user_accounts SET is_active = ? WHERE user_id = ?", active, userId.value());
    }

    /** The user's account, if it exists. */
    public Optional<UserAccount> find(UserId userId) {
        List<UserAccount> rows = jdbc.query(
                "SELECT user_id, workspace_id, role, is_active FROM command_model.user_accounts WHERE user_id = ?",
                (rs, n) -> new UserAccount(
                        UserId.of(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class) == null ? null : WorkspaceId.of(rs.getObject(2, UUID.class)),
                        Role.valueOf(rs.getString(3)),
                        rs.getBoolean(4)),
                userId.value());
        return rows.stream().findFirst();
    }

    /**
     * Strongly consistent: a deactivation, of the user or of their practice (decision 272), is seen by the very next
     * request to command-service. One statement: the user's row and whether their practice is listed as closed.
     */
    @Override
    public Optional<UserStatus> statusOf(UserId userId) {
        List<UserStatus> rows = jdbc.query(
                "SELECT a.workspace_id, a.role, a.is_active, i.workspace_id IS NULL"
                        + " FROM command_model.user_accounts a LEFT JOIN command_model.inactive_workspaces i"
                        + " ON i.workspace_id = a.workspace_id WHERE a.user_id = ?",
                (rs, n) -> new UserStatus(
                        rs.getObject(1, UUID.class) == null ? null : WorkspaceId.of(rs.getObject(1, UUID.class)),
                        Role.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        rs.getBoolean(4)),
                userId.value());
        return rows.stream().findFirst();
    }

    @EventHandler
    void on(WorkspaceDeactivatedEvent event) {
        jdbc.update(
                "INSERT INTO command_model.inactive_workspaces (workspace_id, deactivated_at) VALUES (?, ?)"
                        + " ON CONFLICT (workspace_id) DO NOTHING",
                event.workspaceId().value(),
                Timestamp.from(event.deactivatedAt()));
    }

    @EventHandler
    void on(WorkspaceReactivatedEvent event) {
        jdbc.update(
                "DELETE FROM command_model.inactive_workspaces WHERE workspace_id = ?",
                event.workspaceId().value());
    }

    /** A user as the command side knows it. */
    public record UserAccount(UserId userId, WorkspaceId workspaceId, Role role, boolean active) {}
}
