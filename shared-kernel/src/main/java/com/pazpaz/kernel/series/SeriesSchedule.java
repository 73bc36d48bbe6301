package com.pazpaz.kernel.series;

import com.pazpaz.kernel.location.LocationType;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a series repeats: the rule (RFC 5545 RRULE text of the supported subset), the first occurrence's local
 * date and time in the practice's time zone (an IANA id), the length of each occurrence and where it happens.
 * Occurrences keep their local time across daylight-saving changes.
 */
public record SeriesSchedule(
        String rule, String timeZone, LocalDateTime firstStart, int durationMinutes, LocationType locationType) {

    public SeriesSchedule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(timeZone, "time zone");
        Objects.requireNonNull(firstStart, "first start");
        Objects.requireNonNull(locationType, "location type");
    }
}
