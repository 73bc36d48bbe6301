package com.pazpaz.command.series;

import com.pazpaz.command.appointment.AppointmentCalendar;
import com.pazpaz.command.appointment.ConflictingAppointment;
import com.pazpaz.command.series.SeriesConflictException.Collision;
import com.pazpaz.command.series.SeriesDirectory.Series;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.appointment.AppointmentRevision;
import com.pazpaz.kernel.appointment.ReviseAppointmentCommand;
import com.pazpaz.kernel.appointment.ScheduleAppointmentCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.series.BookAppointmentSeriesCommand;
import com.pazpaz.kernel.series.ExtendAppointmentSeriesCommand;
import com.pazpaz.kernel.series.RescheduleAppointmentSeriesCommand;
import com.pazpaz.kernel.series.SeriesOccurrence;
import com.pazpaz.kernel.series.SeriesSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Books a series' occurrences as ordinary appointments. Every occurrence is checked against the calendar with the
 * appointments' own conflict check ({@link AppointmentCalendar}); the caller chooses to book none if any collides,
 * or the others. The series and all its appointments commit in one transaction, and each slot is claimed under the
 * calendar's exclusion constraint, so two overlapping series booked at once never both get a slot: the later
 * commit fails whole and is answered with the collisions. Occurrences are booked only {@link #HORIZON} ahead.
 */
@Component
class SeriesBooking {

    /** How far ahead occurrences exist as appointments (12 months); the extension job moves it on. */
    static final Duration HORIZON = Duration.ofDays(365);

    private final AppointmentCalendar calendar;
    private final SeriesTransaction transaction;

    SeriesBooking(AppointmentCalendar calendar, SeriesTransaction transaction) {
        this.calendar = calendar;
        this.transaction = transaction;
    }

    /** What was booked (or extended), and where the commit ended in the event store. */
    record Booked(
            AppointmentSeriesId seriesId, List<SeriesOccurrence> occurrences, List<Instant> skipped, long position) {}

    Booked book(
            AppointmentSeriesId seriesId,
            WorkspaceId workspaceId,
            ClientId clientId,
            SeriesSchedule schedule,
            boolean skipConflicts,
            Instant now) {
        SeriesRule rule = SeriesRule.of(schedule.rule(), schedule.timeZone(), schedule.firstStart());
        Instant horizon = now.plus(HORIZON);
        SeriesRule.Expansion expansion = rule.between(now, horizon);
        if (expansion.starts().isEmpty()) {
            throw new ValidationFailedException(
                    List.of(new FieldProblem("rule", "yields no occurrence between now and the next 12 months")));
        }
        Plan plan = plan(workspaceId, expansion.starts(), schedule.durationMinutes());
        if (!plan.collisions().isEmpty() && (!skipConflicts || plan.free().isEmpty())) {
            throw new SeriesConflictException(plan.collisions());
        }
        List<Object> commands = new ArrayList<>();
        commands.add(new BookAppointmentSeriesCommand(
                seriesId,
                workspaceId,
                clientId,
                schedule,
                plan.free(),
                plan.skipped(),
                horizon,
                expansion.exhausted(),
                now));
        plan.free().forEach(occurrence -> commands.add(schedule(occurrence, workspaceId, clientId, schedule, now)));
        return commit(seriesId, workspaceId, schedule, plan, commands, UnaryOperator.identity());
    }

    /**
     * Books a series' occurrences after its horizon up to {@code now + HORIZON}, skipping those that collide (the
     * job has nobody to ask); {@code asJob} dresses each command with the job's metadata.
     */
    Booked extend(Series series, Instant now, UnaryOperator<Object> asJob) {
        SeriesSchedule schedule = series.schedule();
        SeriesRule rule = SeriesRule.of(schedule.rule(), schedule.timeZone(), schedule.firstStart());
        Instant horizon = now.plus(HORIZON);
        SeriesRule.Expansion expansion = rule.between(series.materialisedUntil(), horizon);
        Plan plan = plan(series.workspaceId(), expansion.starts(), schedule.durationMinutes());
        List<Object> commands = new ArrayList<>();
        commands.add(new ExtendAppointmentSeriesCommand(
                series.id(), series.workspaceId(), plan.free(), plan.skipped(), horizon, expansion.exhausted(), now));
        plan.free()
                .forEach(occurrence ->
                        commands.add(schedule(occurrence, series.workspaceId(), series.clientId(), schedule, now)));
        return commit(series.id(), series.workspaceId(), schedule, plan, commands, asJob);
    }

    /**
     * Moves the given occurrences (this and the following ones, or all) to {@code startTime} on their own local
     * date for {@code durationMinutes}: each new time is checked like a booking (its own old time excluded), all
     * move in one transaction with the series' event, or none does.
     */
    Booked reschedule(
            Series series,
            Instant from,
            LocalTime startTime,
            int durationMinutes,
            List<SeriesOccurrence> current,
            Instant now) {
        ZoneId zone = ZoneId.of(series.schedule().timeZone());
        List<SeriesOccurrence> moved = new ArrayList<>();
        List<Collision> collisions = new ArrayList<>();
        for (SeriesOccurrence occurrence : current) {
            Instant start = occurrence
                    .scheduledStart()
                    .atZone(zone)
                    .toLocalDate()
                    .atTime(startTime)
                    .atZone(zone)
                    .toInstant();
            Instant end = start.plus(Duration.ofMinutes(durationMinutes));
            List<ConflictingAppointment> conflicts =
                    calendar.conflicts(series.workspaceId(), start, end, occurrence.appointmentId());
            if (!conflicts.isEmpty()) {
                collisions.add(new Collision(start, end, conflicts));
            }
            moved.add(new SeriesOccurrence(occurrence.appointmentId(), start, end));
        }
        if (!collisions.isEmpty()) {
            throw new SeriesConflictException(collisions);
        }
        List<Object> commands = new ArrayList<>();
        commands.add(new RescheduleAppointmentSeriesCommand(
                series.id(), series.workspaceId(), from, startTime, durationMinutes, moved, now));
        moved.forEach(occurrence -> commands.add(new ReviseAppointmentCommand(
                occurrence.appointmentId(),
                series.workspaceId(),
                new AppointmentRevision(
                        null,
                        occurrence.scheduledStart(),
                        occurrence.scheduledEnd(),
                        null,
                        false,
                        null,
                        false,
                        null,
                        null),
                false,
                false,
                now,
                null)));
        try {
            return new Booked(series.id(), moved, List.of(), transaction.sendAll(commands));
        } catch (BusinessRuleViolation violation) {
            if (violation.kind() != BusinessRuleViolation.Kind.CONFLICT
                    || violation instanceof SeriesConflictException) {
                throw violation;
            }
            throw new SeriesConflictException(moved.stream()
                    .map(o -> new Collision(
                            o.scheduledStart(),
                            o.scheduledEnd(),
                            calendar.conflicts(
                                    series.workspaceId(), o.scheduledStart(), o.scheduledEnd(), o.appointmentId())))
                    .filter(c -> !c.conflictingAppointments().isEmpty())
                    .toList());
        }
    }

    private Booked commit(
            AppointmentSeriesId seriesId,
            WorkspaceId workspaceId,
            SeriesSchedule schedule,
            Plan plan,
            List<Object> commands,
            UnaryOperator<Object> dress) {
        try {
            long position = transaction.sendAll(commands.stream().map(dress).toList());
            return new Booked(seriesId, plan.free(), plan.skipped(), position);
        } catch (BusinessRuleViolation violation) {
            if (violation.kind() != BusinessRuleViolation.Kind.CONFLICT
                    || violation instanceof SeriesConflictException) {
                throw violation;
            }
            // a concurrent booking claimed a slot after our check: nothing was booked; say what collides now
            List<Instant> starts =
                    plan.free().stream().map(SeriesOccurrence::scheduledStart).toList();
            throw new SeriesConflictException(
                    plan(workspaceId, starts, schedule.durationMinutes()).collisions());
        }
    }

    private Plan plan(WorkspaceId workspaceId, List<Instant> starts, int durationMinutes) {
        List<SeriesOccurrence> free = new ArrayList<>();
        List<Collision> collisions = new ArrayList<>();
        for (Instant start : starts) {
            Instant end = start.plus(Duration.ofMinutes(durationMinutes));
            List<ConflictingAppointment> conflicts = calendar.conflicts(workspaceId, start, end, null);
            if (conflicts.isEmpty()) {
                free.add(new SeriesOccurrence(AppointmentId.of(UUID.randomUUID()), start, end));
            } else {
                collisions.add(new Collision(start, end, conflicts));
            }
        }
        return new Plan(free, collisions);
    }

    private static ScheduleAppointmentCommand schedule(
            SeriesOccurrence occurrence,
            WorkspaceId workspaceId,
            ClientId clientId,
            SeriesSchedule schedule,
            Instant now) {
        return new ScheduleAppointmentCommand(
                occurrence.appointmentId(),
                workspaceId,
                clientId,
                occurrence.scheduledStart(),
                occurrence.scheduledEnd(),
                schedule.locationType(),
                null,
                null,
                now,
                null);
    }

    /** The occurrences that can be booked, and those that collide. */
    private record Plan(List<SeriesOccurrence> free, List<Collision> collisions) {

        List<Instant> skipped() {
            return collisions.stream().map(Collision::scheduledStart).toList();
        }
    }
}
