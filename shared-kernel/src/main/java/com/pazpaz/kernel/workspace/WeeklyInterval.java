package com.pazpaz.kernel.workspace;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of a practice's available (working) hours in its weekly pattern, e.g. Monday 09:00–17:00, in the
 * practice's local time. It ends on the day it starts: a stretch past midnight is two stretches.
 */
public record WeeklyInterval(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyInterval {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
    }

    /** Two stretches of the same day that share any minute; touching ends (12:00–13:00, 13:00–17:00) do not. */
    public boolean overlaps(WeeklyInterval other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
