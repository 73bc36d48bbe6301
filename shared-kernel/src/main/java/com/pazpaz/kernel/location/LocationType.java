package com.pazpaz.kernel.location;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a treatment happens. Lower-case in JSON, upper-case in the read tables (schema.md §3.3). */
public enum LocationType {
    CLINIC,
    HOME,
    ONLINE;

    /** Clinic and home locations need an address (R-LOC-1); online ones do not. */
    public boolean needsAddress() {
        return this != ONLINE;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts exactly the lower-case JSON value; anything else is a malformed value (422). */
    @JsonCreator
    public static LocationType fromJson(String value) {
        for (LocationType type : values()) {
            if (type.json().equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("location_type must be clinic, home or online");
    }
}
