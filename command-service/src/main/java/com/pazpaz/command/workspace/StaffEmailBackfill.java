package com.pazpaz.command.workspace;

import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the plaintext e-mails of accounts made before the directory kept keyed hashes (migration V53) by their
 * hash, at every start: afterwards no e-mail is left in {@code command_model}, and those accounts' e-mails are
 * unique with the new ones. Idempotent, so instances starting together do no harm (the same hash either way);
 * with no such account left it is one empty query.
 */
@Component
public class StaffEmailBackfill {

    private static final Logger log = LoggerFactory.getLogger(StaffEmailBackfill.class);

    private record Account(UUID userId, UUID workspaceId, String email) {}

    private final JdbcTemplate jdbc;
    private final StaffEmailIndex emailIndex;
    private final TransactionTemplate transaction;

    StaffEmailBackfill(JdbcTemplate jdbc, StaffEmailIndex emailIndex, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.emailIndex = emailIndex;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        int hashed = hashPlaintextEmails();
        if (hashed > 0) {
            log.info("Staff e-mails of {} accounts replaced by their keyed hash", hashed);
        }
    }

    /**
     * One transaction per account, so the practice's index key commits with the first hash made under it. An
     * account that fails keeps its plaintext until the next start, and is logged by its id only.
     *
     * @return how many accounts were hashed now
     */
    public int hashPlaintextEmails() {
        List<Account> accounts = jdbc.query(
                "SELECT user_id, workspace_id, email FROM command_model.user_accounts"
                        + " WHERE email IS NOT NULL AND workspace_id IS NOT NULL",
                (rs, i) -> new Account(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)));
        int hashed = 0;
        for (Account account : accounts) {
            try {
                transaction.executeWithoutResult(status -> jdbc.update(
                        "UPDATE command_model.user_accounts SET email_index = ?, email = NULL"
                                + " WHERE user_id = ? AND email IS NOT NULL",
                        emailIndex.of(WorkspaceId.of(account.workspaceId()), account.email()),
                        account.userId()));
                hashed++;
            } catch (RuntimeException e) {
                log.warn("The e-mail of user {} could not be hashed; it stays until the next start", account.userId());
            }
        }
        return hashed;
    }
}
