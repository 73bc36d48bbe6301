package com.pazpaz.reminders.web;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.reminders.queue.PracticeSettings;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's practice's reminder settings: everyone of the practice may read them, only an owner may change them
 * (assistants 403). A practice that never set them has the defaults (on, {@code pazpaz.reminders.default-lead-time}).
 * A change moves the practice's pending reminders that were not tried yet to the new lead time.
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
        return SettingsView.of(settings.of(actor.requireWorkspace().value()));
    }

    @PutMapping
    SettingsView put(Actor actor, @Valid @RequestBody SettingsRequest request) {
        return SettingsView.of(settings.change(actor.requireOwner().value(), request.settings()));
    }
}
