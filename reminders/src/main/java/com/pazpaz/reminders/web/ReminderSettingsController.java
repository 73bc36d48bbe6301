package com.pazpaz.reminders.web;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.reminders.queue.PracticeSettings;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's practice's reminder settings: everyone of the practice may read them, only an owner may change them
 * (assistants 403). A practice that never set them has the defaults (on, {@code pazpaz.reminders.default-lead-time}).
 * A change moves the practice's pending reminders that were not tried yet to the new lead time. The time zone of
 * the e-mails is shown as set and as used ({@link PracticeSettings#zone}).
 */
@RestController
@RequestMapping("/api/v1/reminders/settings")
class ReminderSettingsController {

    private final PracticeSettings settings;

    ReminderSettingsController(PracticeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsView get(Actor actor) {
        UUID workspace = actor.requireWorkspace().value();
        return SettingsView.of(settings.of(workspace), settings.zone(workspace));
    }

    @PutMapping
    SettingsView put(Actor actor, @Valid @RequestBody SettingsRequest request) {
        UUID workspace = actor.requireOwner().value();
        return SettingsView.of(settings.change(workspace, request.settings()), settings.zone(workspace));
    }
}
