package com.pazpaz.reminders.web;

import com.pazpaz.reminders.queue.PracticeSettings.Settings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;

/** A practice's reminder settings as the API shows them. */
record SettingsView(
        @Schema(description = "whether the practice's clients are reminded at all")
        boolean enabled,

        @Schema(description = "how long before the appointment the reminder is sent, in minutes", example = "1440")
        long leadTimeMinutes,

        @Schema(
                description = "the time zone the practice set for its e-mails, or null when it set none",
                example = "Europe/Amsterdam",
                nullable = true)
        String timeZone,

        @Schema(
                description = "the zone the e-mails state the time in: the one set, else the zone of the practice's"
                        + " available hours, else UTC",
                example = "Europe/Amsterdam")
        String effectiveTimeZone) {

    static SettingsView of(Settings settings, ZoneId effective) {
        return new SettingsView(
                settings.enabled(),
                settings.leadTime().toMinutes(),
                settings.timeZone() == null ? null : settings.timeZone().getId(),
                effective.getId());
    }
}
