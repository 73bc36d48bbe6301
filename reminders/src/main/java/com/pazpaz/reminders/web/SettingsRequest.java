package com.pazpaz.reminders.web;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.reminders.queue.PracticeSettings.Settings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * New reminder settings; {@code enabled} and the lead time are required (a PUT replaces the settings). The lead time
 * is bounded: under {@value #MIN_LEAD_MINUTES} minutes a reminder comes too late to be of use, over
 * {@value #MAX_LEAD_MINUTES} (14 days) it is forgotten by the appointment; the table's check has the same upper
 * bound. The time zone is optional: absent, the e-mails use the zone of the practice's available hours, else UTC.
 */
record SettingsRequest(
        @NotNull Boolean enabled,

        @NotNull
        @Min(MIN_LEAD_MINUTES)
        @Max(MAX_LEAD_MINUTES)
        @Schema(description = "minutes before the appointment, 15 to 20160 (14 days)", example = "1440")
        Integer leadTimeMinutes,

        @Schema(
                description = "the IANA time zone the e-mails state the appointment's time in; absent: the zone of"
                        + " the practice's available hours, else UTC",
                example = "Europe/Amsterdam")
        String timeZone) {

    static final int MIN_LEAD_MINUTES = 15;
    static final int MAX_LEAD_MINUTES = 20160;

    /** The settings, or a 422 naming {@code time_zone} when it is not an IANA region id (no fixed offsets). */
    Settings settings() {
        if (timeZone != null && !WeeklyHours.isRegionZone(timeZone)) {
            throw new ValidationFailedException(
                    List.of(new FieldProblem("time_zone", "must be an IANA time zone such as Europe/Amsterdam")));
        }
        return new Settings(
                enabled, Duration.ofMinutes(leadTimeMinutes), timeZone == null ? null : ZoneId.of(timeZone));
    }
}
