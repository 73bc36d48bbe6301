package com.pazpaz.kernel.workspace;

import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A practice's available (working) hours: its weekly stretches, none overlapping another, in its time zone (an
 * IANA region id such as {@code Europe/Amsterdam}, so the hours follow the zone's daylight-saving changes). No
 * stretches at all means the practice sets no available hours.
 */
public record WeeklyHours(String timeZone, List<WeeklyInterval> intervals) {

    private static final Comparator<WeeklyInterval> IN_WEEK_ORDER =
            Comparator.comparing(WeeklyInterval::day).thenComparing(WeeklyInterval::start);

    /** Sorted by day and start; fails on an unknown zone or overlapping stretches. */
    public WeeklyHours {
        Objects.requireNonNull(timeZone, "time zone");
        if (!isRegionZone(timeZone)) {
            throw new IllegalArgumentException("unknown time zone " + timeZone);
        }
        if (firstOverlap(intervals) >= 0) {
            throw new IllegalArgumentException("available hours overlap");
        }
        intervals = intervals.stream().sorted(IN_WEEK_ORDER).toList();
    }

    /** An IANA time-zone region id (tzdb), never a fixed offset such as {@code +02:00}, which knows no DST. */
    public static boolean isRegionZone(String id) {
        return id != null && ZoneRulesProvider.getAvailableZoneIds().contains(id);
    }

    /** The index of the first stretch that overlaps one listed before it, or -1 when none does. */
    public static int firstOverlap(List<WeeklyInterval> intervals) {
        for (int i = 1; i < intervals.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (intervals.get(i).overlaps(intervals.get(j))) {
                    return i;
                }
            }
        }
        return -1;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
