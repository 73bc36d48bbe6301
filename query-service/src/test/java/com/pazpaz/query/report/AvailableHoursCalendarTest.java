package com.pazpaz.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.kernel.workspace.WeeklyInterval;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weekly hours laid over days in the practice's zone, by hand-counted figures, daylight-saving days included. */
class AvailableHoursCalendarTest {

    private static WeeklyHours hours(String zone, DayOfWeek day, int from, int to) {
        return new WeeklyHours(zone, List.of(new WeeklyInterval(day, LocalTime.of(from, 0), LocalTime.of(to, 0))));
    }

    @Test
    void aWeekOfFiveEightHourDaysIsFortyHours() {
        List<WeeklyInterval> weekdays = List.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .stream()
                .map(day -> new WeeklyInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .toList();
        WeeklyHours hours = new WeeklyHours("Europe/Amsterdam", weekdays);
        assertThat(AvailableHoursCalendar.hours(hours, LocalDate.parse("2025-01-06"), LocalDate.parse("2025-01-12")))
                .isEqualByComparingTo("40");
        // January 2025 has 23 weekdays
        assertThat(AvailableHoursCalendar.hours(hours, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-31")))
                .isEqualByComparingTo(BigDecimal.valueOf(23 * 8));
    }

    @Test
    void aStretchAcrossTheSpringGapIsAnHourShorterAndAcrossTheAutumnOverlapAnHourLonger() {
        // Europe/Amsterdam: 2025-03-30 02:00 jumps to 03:00; 2025-10-26 03:00 falls back to 02:00 (both Sundays)
        WeeklyHours night = hours("Europe/Amsterdam", DayOfWeek.SUNDAY, 1, 5);
        assertThat(AvailableHoursCalendar.hours(night, LocalDate.parse("2025-03-30"), LocalDate.parse("2025-03-30")))
                .isEqualByComparingTo("3");
        assertThat(AvailableHoursCalendar.hours(night, LocalDate.parse("2025-10-26"), LocalDate.parse("2025-10-26")))
                .isEqualByComparingTo("5");
        assertThat(AvailableHoursCalendar.hours(night, LocalDate.parse("2025-04-06"), LocalDate.parse("2025-04-06")))
                .isEqualByComparingTo("4");
        assertThat(AvailableHoursCalendar.hours(
                        hours("Europe/Amsterdam", DayOfWeek.SUNDAY, 9, 17),
                        LocalDate.parse("2025-03-30"),
                        LocalDate.parse("2025-03-30")))
                .isEqualByComparingTo("8");
    }
}
