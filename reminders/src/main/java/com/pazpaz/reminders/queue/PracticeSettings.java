package com.pazpaz.reminders.queue;

import com.pazpaz.reminders.RemindersProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A practice's reminder settings ({@code reminders.practice_settings}); the defaults when it has none. */
@Component
public class PracticeSettings {

    /** Whether a practice's reminders are sent, and how long before the appointment. */
    public record Settings(boolean enabled, Duration leadTime) {
    }

    private final JdbcTemplate jdbc;
    private final RemindersProperties properties;
    private final Clock clock;

    PracticeSettings(JdbcTemplate jdbc, RemindersProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public Settings of(UUID workspaceId) {
        List<Settings> rows = jdbc.query(
                "SELECT enabled, lead_time_minutes FROM practice_settings WHERE workspace_id = ?",
                (rs, i) -> new Settings(rs.getBoolean(1), Duration.ofMinutes(rs.getInt(2))), workspaceId);
        return rows.isEmpty() ? new Settings(true, properties.defaultLeadTime()) : rows.get(0);
    }

    /** Stores the settings and moves the practice's pending reminders to the new lead time. */
    @Transactional
    public Settings change(UUID workspaceId, Settings settings) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO practice_settings (workspace_id, enabled, lead_time_minutes, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (workspace_id) DO UPDATE
                SET enabled = excluded.enabled, lead_time_minutes = excluded.lead_time_minutes,
                    updated_at = excluded.updated_at""",
                workspaceId, settings.enabled(), (int) settings.leadTime().toMinutes(), now);
        jdbc.update("""
                UPDATE reminder SET due_at = starts_at - make_interval(mins => ?),
                    next_attempt_at = starts_at - make_interval(mins => ?), updated_at = ?
                WHERE workspace_id = ? AND status = 'pending' AND attempts = 0""",
                (int) settings.leadTime().toMinutes(), (int) settings.leadTime().toMinutes(), now, workspaceId);
        return settings;
    }
}
