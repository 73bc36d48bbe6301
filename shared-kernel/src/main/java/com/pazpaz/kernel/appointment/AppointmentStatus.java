package com.pazpaz.kernel.appointment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an appointment stands. Lower-case in JSON, upper-case in the read tables (schema.md §3.3). */
public enum AppointmentStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    /** Scheduled and completed appointments hold their time; cancelled and no-show never conflict (R-APT-1). */
    public boolean blocksTime() {
        return this == SCHEDULED || this == COMPLETED;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts exactly the lower-case JSON value; anything else is a malformed value (422). */
    @JsonCreator
    public static AppointmentStatus fromJson(String value) {
        for (AppointmentStatus status : values()) {
            if (status.json().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be scheduled, completed, cancelled or no_show");
    }
}
