package com.pazpaz.reminders.queue;

import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.reminders.RemindersProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practice's reminder settings ({@code reminders.practice_settings}); the defaults when it has none. Also the one
 * home of the practice's time zone for the e-mails ({@link #zone}).
 */
@Component
public class PracticeSettings {

    /**
     * Whether a practice's reminders are sent, how long before the appointment, and the time zone it set for the
     * e-mails ({@code null}: none set, {@link #zone} falls back).
     */
    public record Settings(boolean enabled, Duration leadTime, ZoneId timeZone) {}

    /** The zone of a practice that named none; its id, "UTC", is what the e-mail says. */
    private static final ZoneId UTC = ZoneId.of("UTC");

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
                "SELECT enabled, lead_time_minutes, time_zone FROM practice_settings WHERE workspace_id = ?",
                (rs, i) -> new Settings(
                        rs.getBoolean(1),
                        Duration.ofMinutes(rs.getInt(2)),
                        rs.getString(3) == null ? null : ZoneId.of(rs.getString(3))),
                workspaceId);
        return rows.isEmpty() ? new Settings(true, properties.defaultLeadTime(), null) : rows.get(0);
    }

    /**
     * The zone a practice's e-mails state the time in: the one it set in its reminder settings, else the zone of
     * its available hours (published as {@code pazpaz.workspace.available_hours_set.v1}), else UTC.
     */
    public ZoneId zone(UUID workspaceId) {
        List<String> zones = jdbc.query("""
                SELECT coalesce((SELECT time_zone FROM practice_settings WHERE workspace_id = ?),
                                (SELECT time_zone FROM practice_hours_zone WHERE workspace_id = ?))""", (rs, i) -> rs.getString(1), workspaceId, workspaceId);
        return zones.isEmpty() || zones.get(0) == null ? UTC : ZoneId.of(zones.get(0));
    }

    /** The practice set its available hours in {@code timeZone}; a zone this JVM does not know is ignored. */
    public void hoursZone(UUID workspaceId, String timeZone) {
        if (!WeeklyHours.isRegionZone(timeZone)) {
            return;
        }
        jdbc.update("""
                INSERT INTO practice_hours_zone (workspace_id, time_zone, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (workspace_id) DO UPDATE SET time_zone = excluded.time_zone,
                    updated_at = excluded.updated_at""", workspaceId, timeZone, Timestamp.from(clock.instant()));
    }

    /** Stores the settings and moves the practice's pending reminders to the new lead time. */
    @Transactional
    public Settings change(UUID workspaceId, Settings settings) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                """
                INSERT INTO practice_settings (workspace_id, enabled, lead_time_minutes, time_zone, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (workspace_id) DO UPDATE
                SET enabled = excluded.enabled, lead_time_minutes = excluded.lead_time_minutes,
                    time_zone = excluded.time_zone, updated_at = excluded.updated_at""",
                workspaceId,
                settings.enabled(),
                (int) settings.leadTime().toMinutes(),
                settings.timeZone() == null ? null : settings.timeZone().getId(),
                now);
        jdbc.update(
                """
                UPDATE reminder SET due_at = starts_at - make_interval(mins => ?),
                    next_attempt_at = starts_at - make_interval(mins => ?), updated_at = ?
                WHERE workspace_id = ? AND status = 'pending' AND attempts = 0""",
                (int) settings.leadTime().toMinutes(),
                (int) settings.leadTime().toMinutes(),
                now,
                workspaceId);
        return settings;
    }
}
