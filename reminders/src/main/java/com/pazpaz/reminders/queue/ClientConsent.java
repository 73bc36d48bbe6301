package com.pazpaz.reminders.queue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the consumer keeps of a client ({@code reminders.client_consent}): whether it consented and whether it is
 * archived. Only flags: its name and e-mail are never stored here.
 */
@Component
public class ClientConsent {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClientConsent(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void consent(UUID clientId, UUID workspaceId, boolean consent) {
        jdbc.update("""
                INSERT INTO client_consent (client_id, workspace_id, consent, archived, updated_at)
                VALUES (?, ?, ?, false, ?)
                ON CONFLICT (client_id) DO UPDATE SET consent = excluded.consent, updated_at = excluded.updated_at""", clientId, workspaceId, consent, Timestamp.from(clock.instant()));
    }

    public void archived(UUID clientId, boolean archived) {
        jdbc.update(
                "UPDATE client_consent SET archived = ?, updated_at = ? WHERE client_id = ?",
                archived,
                Timestamp.from(clock.instant()),
                clientId);
    }

    /** The client was erased: the consumer forgets it (docs/consumers.md, "PHI: ciphertext only"). */
    public void forget(UUID clientId) {
        jdbc.update("DELETE FROM client_consent WHERE client_id = ?", clientId);
    }

    /**
     * Why the client may not be reminded now, or empty when it may: it must be known to the consumer, consented
     * and not archived. The reasons are recorded as the reminder's outcome.
     */
    public Optional<String> refusal(UUID clientId, UUID workspaceId) {
        List<String> rows = jdbc.query("""
                SELECT CASE WHEN archived THEN 'client_archived' WHEN NOT consent THEN 'no_consent' ELSE '' END
                FROM client_consent WHERE client_id = ? AND workspace_id = ?""", (rs, i) -> rs.getString(1), clientId, workspaceId);
        if (rows.isEmpty()) {
            return Optional.of("client_unknown");
        }
        return rows.get(0).isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
