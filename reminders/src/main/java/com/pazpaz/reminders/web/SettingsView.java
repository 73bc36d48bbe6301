package com.pazpaz.reminders.web;

import com.pazpaz.reminders.queue.PracticeSettings.Settings;
import io.swagger.v3.oas.annotations.media.Schema;

/** A practice's reminder settings as the API shows them. */
record SettingsView(
        @Schema(description = "whether the practice's clients are reminded at all") boolean enabled,
        @Schema(description = "how long before the appointment the reminder is sent, in minutes",
                example = "1440") long leadTimeMinutes) {

    static SettingsView of(Settings settings) {
        return new SettingsView(settings.enabled(), settings.leadTime().toMinutes());
    }
}
