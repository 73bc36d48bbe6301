package com.pazpaz.kernel.appointment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happens to the session notes linked to a deleted appointment (R-APD-2, R-APD-3). */
public enum SessionNoteAction {
    /** Soft-delete the linked notes (refused when one was amended). */
    DELETE,
    /** Keep the notes, unlinked from the appointment (the default). */
    KEEP;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SessionNoteAction fromJson(String value) {
        for (SessionNoteAction action : values()) {
            if (action.json().equals(value)) {
                return action;
            }
        }
        throw new IllegalArgumentException("session_note_action must be delete or keep");
    }
}
