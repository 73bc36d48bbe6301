package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an appointment. Serialises as a bare UUID string; Axon uses {@link #toString()} as aggregate id. */
public record AppointmentId(UUID value) implements TypedId {

    public AppointmentId {
        Objects.requireNonNull(value, "appointment id");
    }

    @JsonCreator
    public static AppointmentId of(String text) {
        return new AppointmentId(TypedId.parse(text));
    }

    public static AppointmentId of(UUID value) {
        return new AppointmentId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
