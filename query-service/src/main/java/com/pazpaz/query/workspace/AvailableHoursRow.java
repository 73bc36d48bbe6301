package com.pazpaz.query.workspace;

import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.kernel.workspace.WeeklyInterval;
import com.pazpaz.kernel.workspace.WorkspaceAvailableHoursSetEvent;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code available_hours}: a practice's weekly hours, each stretch stored as {@code MONDAY 09:00-17:00},
 * the row replaced whole by every {@link WorkspaceAvailableHoursSetEvent}.
 */
record AvailableHoursRow(UUID workspaceId, WeeklyHours hours, Instant updatedAt) {

    static final String COLUMNS = "id, time_zone, weekly_hours, updated_at";

    static final RowTable<AvailableHoursRow> TABLE = RowTable.insertOnly(
            "available_hours",
            List.of(
                    TableColumn.uuid("id", AvailableHoursRow::workspaceId),
                    TableColumn.text("time_zone", r -> r.hours().timeZone()),
                    TableColumn.textArray(
                            "weekly_hours",
                            "text[]",
                            r -> r.hours().intervals().stream()
                                    .map(AvailableHoursRow::text)
                                    .toArray(String[]::new)),
                    TableColumn.instant("updated_at", AvailableHoursRow::updatedAt)),
            AvailableHoursRow::read);

    static AvailableHoursRow of(WorkspaceAvailableHoursSetEvent event) {
        return new AvailableHoursRow(event.workspaceId().value(), event.hours(), event.setAt());
    }

    /** Reads the columns of {@link #COLUMNS}, in that order. */
    static AvailableHoursRow read(ResultSet rs) throws SQLException {
        Array stretches = rs.getArray(3);
        List<WeeklyInterval> intervals = Arrays.stream((String[]) stretches.getArray())
                .map(AvailableHoursRow::interval)
                .toList();
        return new AvailableHoursRow(
                Columns.uuid(rs, 1), new WeeklyHours(rs.getString(2), intervals), Columns.instant(rs, 4));
    }

    private static String text(WeeklyInterval interval) {
        return interval.day() + " " + interval.start() + "-" + interval.end();
    }

    private static WeeklyInterval interval(String text) {
        String[] dayAndTimes = text.split(" ");
        String[] times = dayAndTimes[1].split("-");
        return new WeeklyInterval(
                DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
    }
}
