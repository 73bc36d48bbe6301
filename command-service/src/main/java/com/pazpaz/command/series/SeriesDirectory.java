package com.pazpaz.command.series;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.kernel.series.AppointmentSeriesBookedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesEndedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesExtendedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesRescheduledEvent;
import com.pazpaz.kernel.series.SeriesOccurrence;
import com.pazpaz.kernel.series.SeriesSchedule;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Command-side directory of series (command-model V51), kept in the same transaction as their events: the rule and
 * horizon the extension job needs, and which appointments hold each series' occurrences.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class SeriesDirectory {

    private final JdbcTemplate jdbc;

    SeriesDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppointmentSeriesBookedEvent event) {
        SeriesSchedule schedule = event.schedule();
        jdbc.update(
                "INSERT INTO command_model.appointment_series (series_id, workspace_id, client_id, rule,"
                        + " time_zone, first_start, duration_minutes, location_type, materialised_until, open)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.seriesId().value(),
                event.workspaceId().value(),
                event.clientId().value(),
                schedule.rule(),
                schedule.timeZone(),
                java.sql.Timestamp.valueOf(schedule.firstStart()),
                schedule.durationMinutes(),
                schedule.locationType().name(),
                Timestamp.from(event.materialisedUntil()),
                !event.exhausted());
        addOccurrences(event.seriesId(), event.occurrences());
    }

    @EventHandler
    void on(AppointmentSeriesExtendedEvent event) {
        jdbc.update(
                "UPDATE command_model.appointment_series SET materialised_until = ?, open = ?" + " WHERE series_id = ?",
                Timestamp.from(event.materialisedUntil()),
                !event.exhausted(),
                event.seriesId().value());
        addOccurrences(event.seriesId(), event.occurrences());
    }

    @EventHandler
    void on(AppointmentSeriesEndedEvent event) {
        jdbc.update(
                "UPDATE command_model.appointment_series SET open = false WHERE series_id = ?",
                event.seriesId().value());
    }

    /** Later occurrences are expanded from the same first date at the new local time, for the new length. */
    @EventHandler
    void on(AppointmentSeriesRescheduledEvent event) {
        jdbc.update(
                "UPDATE command_model.appointment_series SET first_start = first_start::date + ?::time,"
                        + " duration_minutes = ? WHERE series_id = ?",
                event.startTime().toString(),
                event.durationMinutes(),
                event.seriesId().value());
        jdbc.batchUpdate(
                "UPDATE command_model.appointment_series_occurrences SET scheduled_start = ?"
                        + " WHERE appointment_id = ?",
                event.moved().stream()
                        .map(o -> new Object[] {
                            Timestamp.from(o.scheduledStart()),
                            o.appointmentId().value()
                        })
                        .toList());
    }

    /** The series' still-scheduled occurrences from {@code from} on, with their current start, in order. */
    List<SeriesOccurrence> scheduledOccurrencesFrom(AppointmentSeriesId seriesId, Instant from) {
        return jdbc.query(
                "SELECT o.appointment_id, s.scheduled_start, s.scheduled_end"
                        + " FROM command_model.appointment_series_occurrences o"
                        + " JOIN command_model.appointment_slots s ON s.appointment_id = o.appointment_id"
                        + " WHERE o.series_id = ? AND o.scheduled_start >= ? AND s.status = 'SCHEDULED'"
                        + " ORDER BY o.scheduled_start",
                (rs, n) -> new SeriesOccurrence(
                        AppointmentId.of(rs.getObject(1, UUID.class)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()),
                seriesId.value(),
                Timestamp.from(from));
    }

    Optional<Series> find(AppointmentSeriesId seriesId, WorkspaceId workspaceId) {
        return jdbc
                .query(
                        SELECT + " WHERE series_id = ? AND workspace_id = ?",
                        (rs, n) -> series(rs),
                        seriesId.value(),
                        workspaceId.value())
                .stream()
                .findFirst();
    }

    /** Open series whose horizon is before {@code horizon}: the extension job's work, oldest horizon first. */
    List<Series> shortOf(Instant horizon, int limit) {
        return jdbc.query(
                SELECT + " WHERE open AND materialised_until < ? ORDER BY materialised_until LIMIT ?",
                (rs, n) -> series(rs),
                Timestamp.from(horizon),
                limit);
    }

    /** The series' appointments that start at or after {@code from}, still scheduled, in order. */
    List<AppointmentId> scheduledFrom(AppointmentSeriesId seriesId, Instant from) {
        return jdbc.query(
                "SELECT o.appointment_id FROM command_model.appointment_series_occurrences o"
                        + " JOIN command_model.appointment_slots s ON s.appointment_id = o.appointment_id"
                        + " WHERE o.series_id = ? AND o.scheduled_start >= ? AND s.status = 'SCHEDULED'"
                        + " ORDER BY o.scheduled_start",
                (rs, n) -> AppointmentId.of(rs.getObject(1, UUID.class)),
                seriesId.value(),
                Timestamp.from(from));
    }

    private static final String SELECT = "SELECT series_id, workspace_id, client_id, rule, time_zone, first_start,"
            + " duration_minutes, location_type, materialised_until FROM command_model.appointment_series";

    private static Series series(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Series(
                AppointmentSeriesId.of(rs.getObject(1, UUID.class)),
                WorkspaceId.of(rs.getObject(2, UUID.class)),
                ClientId.of(rs.getObject(3, UUID.class)),
                new SeriesSchedule(
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toLocalDateTime(),
                        rs.getInt(7),
                        LocationType.valueOf(rs.getString(8))),
                rs.getTimestamp(9).toInstant());
    }

    private void addOccurrences(AppointmentSeriesId seriesId, List<SeriesOccurrence> occurrences) {
        if (occurrences.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO command_model.appointment_series_occurrences (appointment_id, series_id,"
                        + " scheduled_start) VALUES (?, ?, ?)",
                occurrences.stream()
                        .map(o -> new Object[] {
                            o.appointmentId().value(), seriesId.value(), Timestamp.from(o.scheduledStart())
                        })
                        .toList());
    }

    /** A series as the job and the commands need it. */
    record Series(
            AppointmentSeriesId id,
            WorkspaceId workspaceId,
            ClientId clientId,
            SeriesSchedule schedule,
            Instant materialisedUntil) {}
}
