package com.pazpaz.command.workspace;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.kernel.workspace.WeeklyInterval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Body of {@code PUT /api/v1/workspace/available-hours}: the practice's IANA time zone and its weekly stretches
 * ({@code day} monday … sunday, {@code start} and {@code end} local times). An empty list clears the hours.
 */
record AvailableHoursRequest(
        @NotNull String timeZone, @NotNull @Size(max = 70) List<@NotNull @Valid Stretch> weeklyHours) {

    record Stretch(
            @NotNull String day,
            @NotNull LocalTime start,
            @NotNull LocalTime end) {}

    /** The hours, or a 422 naming each field at fault: the zone, a day, an end not after its start, an overlap. */
    WeeklyHours toHours() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!WeeklyHours.isRegionZone(timeZone)) {
            problems.add(new FieldProblem("time_zone", "must be an IANA time zone such as Europe/Amsterdam"));
        }
        List<WeeklyInterval> intervals = new ArrayList<>();
        for (int i = 0; i < weeklyHours.size(); i++) {
            Stretch stretch = weeklyHours.get(i);
            DayOfWeek day = day(stretch.day());
            if (day == null) {
                problems.add(new FieldProblem(field(i, "day"), "must be a weekday, monday to sunday"));
            } else if (!stretch.end().isAfter(stretch.start())) {
                problems.add(new FieldProblem(field(i, "end"), "must be after start"));
            } else {
                intervals.add(new WeeklyInterval(day, stretch.start(), stretch.end()));
            }
        }
        if (problems.isEmpty() && WeeklyHours.firstOverlap(intervals) >= 0) {
            problems.add(new FieldProblem(
                    field(WeeklyHours.firstOverlap(intervals), "start"), "overlaps another stretch of the same day"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return new WeeklyHours(timeZone, intervals);
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String field(int index, String name) {
        return "weekly_hours[" + index + "]." + name;
    }
}
