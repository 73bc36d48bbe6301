package com.pazpaz.reminders.web;

import com.pazpaz.reminders.queue.PracticeSettings.Settings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * New reminder settings; both fields are required (a PUT replaces the settings). The lead time is bounded: under
 * {@value #MIN_LEAD_MINUTES} minutes a reminder comes too late to be of use, over {@value #MAX_LEAD_MINUTES} (14
 * days) it is forgotten by the appointment; the table's check has the same upper bound.
 */
record SettingsRequest(
        @NotNull Boolean enabled,
        @NotNull @Min(MIN_LEAD_MINUTES) @Max(MAX_LEAD_MINUTES)
        @Schema(description = "minutes before the appointment, 15 to 20160 (14 days)", example = "1440")
        Integer leadTimeMinutes) {

    static final int MIN_LEAD_MINUTES = 15;
    static final int MAX_LEAD_MINUTES = 20160;

    Settings settings() {
        return new Settings(enabled, Duration.ofMinutes(leadTimeMinutes));
    }
}
