package com.pazpaz.command.series;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * A series' rule: the subset of RFC 5545 RRULE that practice tools offer (weekly or every N weeks on given
 * weekdays; monthly by date or by weekday; until a date or N occurrences, or open-ended), expanded by lib-recur
 * in the practice's time zone, so a 10:00 session stays at 10:00 local time across daylight-saving changes.
 */
final class SeriesRule {

    /** The most occurrences one series may have over its whole life. */
    static final int MAX_OCCURRENCES = 520;

    private static final Set<String> PARTS =
            Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYSETPOS", "UNTIL", "COUNT", "WKST");
    private static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");

    private final RecurrenceRule rule;
    private final ZoneId zone;
    private final LocalDateTime firstStart;

    private SeriesRule(RecurrenceRule rule, ZoneId zone, LocalDateTime firstStart) {
        this.rule = rule;
        this.zone = zone;
        this.firstStart = firstStart;
    }

    /** Parses and checks the rule and the zone; anything outside the supported subset is a 422 naming the field. */
    static SeriesRule of(String text, String timeZone, LocalDateTime firstStart) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw invalid("time_zone", "must be an IANA time zone such as Europe/London");
        }
        String normalized = text.strip().toUpperCase(Locale.ROOT).replaceFirst("^RRULE:", "");
        for (String part : normalized.split(";")) {
            String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            if (!PARTS.contains(name)) {
                throw invalid(
                        "rule",
                        "supports FREQ=WEEKLY|MONTHLY with INTERVAL, BYDAY, BYMONTHDAY, BYSETPOS,"
                                + " UNTIL or COUNT only");
            }
        }
        RecurrenceRule rule;
        try {
            rule = new RecurrenceRule(normalized, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw invalid("rule", "is not a valid RFC 5545 recurrence rule");
        }
        if (!FREQUENCIES.contains(rule.getFreq().name())) {
            throw invalid("rule", "FREQ must be WEEKLY or MONTHLY");
        }
        if (rule.getInterval() > 52) {
            throw invalid("rule", "INTERVAL must be at most 52");
        }
        if (rule.getCount() != null && rule.getCount() > MAX_OCCURRENCES) {
            throw invalid("rule", "COUNT must be at most " + MAX_OCCURRENCES);
        }
        return new SeriesRule(rule, zone, firstStart);
    }

    /**
     * The occurrence starts after {@code after} (exclusive; null: from the first) up to {@code until} (inclusive),
     * counted over the whole series, with whether the rule has none after {@code until} (the series is exhausted).
     */
    Expansion between(Instant after, Instant until) {
        TimeZone timeZone = TimeZone.getTimeZone(zone);
        DateTime start = new DateTime(
                timeZone,
                firstStart.getYear(),
                firstStart.getMonthValue() - 1,
                firstStart.getDayOfMonth(),
                firstStart.getHour(),
                firstStart.getMinute(),
                firstStart.getSecond());
        RecurrenceRuleIterator iterator = rule.iterator(start);
        List<Instant> starts = new ArrayList<>();
        int seen = 0;
        while (iterator.hasNext() && seen < MAX_OCCURRENCES) {
            Instant next = Instant.ofEpochMilli(iterator.peekMillis());
            if (next.isAfter(until)) {
                return new Expansion(starts, false);
            }
            iterator.nextMillis();
            seen++;
            if (after == null || next.isAfter(after)) {
                starts.add(next);
            }
        }
        return new Expansion(starts, true);
    }

    ZoneId zone() {
        return zone;
    }

    /** Occurrence starts, in order, and whether the rule ends before the horizon. */
    record Expansion(List<Instant> starts, boolean exhausted) {}

    private static ValidationFailedException invalid(String field, String message) {
        return new ValidationFailedException(List.of(new FieldProblem(field, message)));
    }
}
