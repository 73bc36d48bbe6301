package com.pazpaz.query.isolation;

import com.pazpaz.kernel.ids.WorkspaceId;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The service's transactions, which name the caller's workspace to the read tables' row policies: right after
 * a request's transaction begins, one statement sets {@code app.workspace_id}, local to the transaction, from
 * {@link TokenWorkspace} (never from the request's parameters, body or headers). One statement per transaction,
 * none per query. Work marked {@link EveryPractice} and callers without a workspace (a platform administrator)
 * name none; the request role then sees no practice's rows.
 */
final class TokenWorkspaceTransactions extends JpaTransactionManager {

    static final String SET_WORKSPACE = "SELECT set_config('app.workspace_id', ?, true)";

    TokenWorkspaceTransactions(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        Optional<WorkspaceId> workspace = EveryPractice.active() ? Optional.empty() : TokenWorkspace.current();
        if (workspace.isEmpty()) {
            return;
        }
        try {
            name(workspace.get(), connection());
        } catch (SQLException | RuntimeException e) {
            doCleanupAfterCompletion(transaction);
            throw new CannotCreateTransactionException("Could not name the workspace to the transaction", e);
        }
    }

    private Connection connection() {
        DataSource dataSource = getDataSource();
        ConnectionHolder holder = dataSource == null
                ? null
                : (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
        if (holder == null) {
            throw new IllegalStateException("The transaction exposes no JDBC connection");
        }
        return holder.getConnection();
    }

    private static void name(WorkspaceId workspace, Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET_WORKSPACE)) {
            statement.setString(1, workspace.value().toString());
            statement.execute();
        }
    }
}
