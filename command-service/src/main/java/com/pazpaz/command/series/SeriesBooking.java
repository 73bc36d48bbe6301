package com.pazpaz.command.series;

import com.pazpaz.command.appointment.AppointmentCalendar;
import com.pazpaz.command.appointment.ConflictingAppointment;
import com.pazpaz.command.series.SeriesConflictException.Collision;
import com.pazpaz.command.series.SeriesDirectory.Series;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.appointment.ScheduleAppointmentCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.series.BookAppointmentSeriesCommand;
import com.pazpaz.kernel.series.ExtendAppointmentSeriesCommand;
import com.pazpaz.kernel.series.SeriesOccurrence;
import com.pazpaz.kernel.series.SeriesSchedule;
import java.time.Duration;
import java.time.Instant;
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
    record Booked(AppointmentSeriesId seriesId, List<SeriesOccurrence> occurrences, List<Instant> skipped,
                  long position) {
    }

    Booked book(AppointmentSeriesId seriesId, WorkspaceId workspaceId, ClientId clientId, SeriesSchedule schedule,
                boolean skipConflicts, Instant now) {
        SeriesRule rule = SeriesRule.of(schedule.rule(), schedule.timeZone(), schedule.firstStart());
        Instant horizon = now.plus(HORIZON);
        SeriesRule.Expansion expansion = rule.between(now, horizon);
        if (expansion.starts().isEmpty()) {
            throw new ValidationFailedException(List.of(new FieldProblem("rule",
                    "yields no occurrence between now and the next 12 months")));
        }
        Plan plan = plan(workspaceId, expansion.starts(), schedule.durationMinutes());
        if (!plan.collisions().isEmpty() && (!skipConflicts || plan.free().isEmpty())) {
            throw new SeriesConflictException(plan.collisions());
        }
        List<Object> commands = new ArrayList<>();
        commands.add(new BookAppointmentSeriesCommand(seriesId, workspaceId, clientId, schedule, plan.free(),
                plan.skipped(), horizon, expansion.exhausted(), now));
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
        commands.add(new ExtendAppointmentSeriesCommand(series.id(), series.workspaceId(), plan.free(),
                plan.skipped(), horizon, expansion.exhausted(), now));
        plan.free().forEach(occurrence -> commands.add(schedule(occurrence, series.workspaceId(), series.clientId(),
                schedule, now)));
        return commit(series.id(), series.workspaceId(), schedule, plan, commands, asJob);
    }

    private Booked commit(AppointmentSeriesId seriesId, WorkspaceId workspaceId, SeriesSchedule schedule, Plan plan,
                          List<Object> commands, UnaryOperator<Object> dress) {
        try {
            long position = transaction.sendAll(commands.stream().map(dress).toList());
            return new Booked(seriesId, plan.free(), plan.skipped(), position);
        } catch (BusinessRuleViolation violation) {
            if (violation.kind() != BusinessRuleViolation.Kind.CONFLICT || violation instanceof SeriesConflictException) {
                throw violation;
            }
            // a concurrent booking claimed a slot after our check: nothing was booked; say what collides now
            List<Instant> starts = plan.free().stream().map(SeriesOccurrence::scheduledStart).toList();
            throw new SeriesConflictException(plan(workspaceId, starts, schedule.durationMinutes()).collisions());
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

    private static ScheduleAppointmentCommand schedule(SeriesOccurrence occurrence, WorkspaceId workspaceId,
                                                       ClientId clientId, SeriesSchedule schedule, Instant now) {
        return new ScheduleAppointmentCommand(occurrence.appointmentId(), workspaceId, clientId,
                occurrence.scheduledStart(), occurrence.scheduledEnd(), schedule.locationType(), null, null, now);
    }

    /** The occurrences that can be booked, and those that collide. */
    private record Plan(List<SeriesOccurrence> free, List<Collision> collisions) {

        List<Instant> skipped() {
            return collisions.stream().map(Collision::scheduledStart).toList();
        }
    }
}
