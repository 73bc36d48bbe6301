package com.pazpaz.query.workspace;

import com.pazpaz.kernel.workspace.WeeklyHours;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A practice's available hours from {@code available_hours}, for its own endpoint and the utilisation report. */
@Component
public class AvailableHoursReads {

    private final JdbcTemplate jdbc;

    AvailableHoursReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The hours the practice set; empty when it never set any or set none (no stretches). */
    public Optional<WeeklyHours> of(UUID workspaceId) {
        return row(workspaceId)
                .map(AvailableHoursRow::hours)
                .filter(hours -> !hours.intervals().isEmpty());
    }

    Optional<AvailableHoursRow> row(UUID workspaceId) {
        return jdbc
                .query(
                        "SELECT " + AvailableHoursRow.COLUMNS + " FROM available_hours WHERE id = ?",
                        (rs, i) -> AvailableHoursRow.read(rs),
                        workspaceId)
                .stream()
                .findFirst();
    }
}
