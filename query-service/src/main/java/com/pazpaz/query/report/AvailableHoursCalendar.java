package com.pazpaz.query.report;

import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.kernel.workspace.WeeklyInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A practice's weekly hours laid over calendar days in its time zone. A stretch lasts its wall-clock length except
 * on a day the zone changes its clocks inside it: 01:00–05:00 is 3 hours when 02:00 jumps to 03:00, 5 hours when
 * 03:00 falls back to 02:00 ({@link ZonedDateTime} resolves the gap forward and the overlap to the earlier offset).
 */
final class AvailableHoursCalendar {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private AvailableHoursCalendar() {}

    /** The available hours on the days {@code from} to {@code to}, inclusive, to two decimals. */
    static BigDecimal hours(WeeklyHours hours, LocalDate from, LocalDate to) {
        ZoneId zone = hours.zone();
        long seconds = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (WeeklyInterval stretch : hours.intervals()) {
                if (stretch.day() == day.getDayOfWeek()) {
                    seconds += Duration.between(
                                    ZonedDateTime.of(day, stretch.start(), zone),
                                    ZonedDateTime.of(day, stretch.end(), zone))
                            .toSeconds();
                }
            }
        }
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_EVEN);
    }
}
