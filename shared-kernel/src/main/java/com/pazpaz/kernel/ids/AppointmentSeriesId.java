package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a series of recurring appointments. Prints as a bare UUID string; the aggregate id. */
public record AppointmentSeriesId(UUID value) implements TypedId {

    public AppointmentSeriesId {
        Objects.requireNonNull(value, "appointment series id");
    }

    @JsonCreator
    public static AppointmentSeriesId of(String text) {
        return new AppointmentSeriesId(TypedId.parse(text));
    }

    public static AppointmentSeriesId of(UUID value) {
        return new AppointmentSeriesId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
