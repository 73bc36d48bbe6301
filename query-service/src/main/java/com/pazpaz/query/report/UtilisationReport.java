package com.pazpaz.query.report;

import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.query.workspace.AvailableHoursReads;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Booked hours by period set against the practice's available hours: {@code available_hours} are the weekly
 * hours laid over the period's days that lie in the range, and {@code utilisation} is booked / available hours
 * (four decimals). A practice that sets no hours gets today's rows (periods with bookings) with both null;
 * one that does gets every period of the range, a period without available hours having a null utilisation.
 */
@Component
class UtilisationReport {

    static final List<String> COLUMNS =
            List.of("period_start", "appointments", "booked_hours", "available_hours", "utilisation");

    private final ReportQueries queries;
    private final AvailableHoursReads availableHours;

    UtilisationReport(ReportQueries queries, AvailableHoursReads availableHours) {
        this.queries = queries;
        this.availableHours = availableHours;
    }

    List<Map<String, Object>> rows(UUID workspaceId, ReportRange range, ReportPeriod period) {
        Map<String, Map<String, Object>> booked = new LinkedHashMap<>();
        queries.utilisation(workspaceId, range, period)
                .forEach(row -> booked.put((String) row.get("period_start"), row));
        Optional<WeeklyHours> hours = availableHours.of(workspaceId);
        if (hours.isEmpty()) {
            booked.values().forEach(row -> {
                row.put("available_hours", null);
                row.put("utilisation", null);
            });
            return List.copyOf(booked.values());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LocalDate start = periodStart(range.from(), period);
                !start.isAfter(range.to());
                start = next(start, period)) {
            Map<String, Object> row = booked.getOrDefault(start.toString(), empty(start));
            BigDecimal available = AvailableHoursCalendar.hours(
                    hours.get(),
                    max(start, range.from()),
                    min(next(start, period).minusDays(1), range.to()));
            row.put("available_hours", available);
            row.put(
                    "utilisation",
                    available.signum() == 0
                            ? null
                            : ((BigDecimal) row.get("booked_hours")).divide(available, 4, RoundingMode.HALF_EVEN));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> empty(LocalDate start) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("period_start", start.toString());
        row.put("appointments", 0L);
        row.put("booked_hours", BigDecimal.ZERO.setScale(2));
        return row;
    }

    /** The same buckets as the SQL's {@code date_trunc}: ISO weeks from Monday, calendar months. */
    private static LocalDate periodStart(LocalDate day, ReportPeriod period) {
        return period == ReportPeriod.WEEK
                ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
    }

    private static LocalDate next(LocalDate start, ReportPeriod period) {
        return period == ReportPeriod.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
