package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a location. Serialises as a bare UUID string; Axon uses {@link #toString()} as aggregate id. */
public record LocationId(UUID value) implements TypedId {

    public LocationId {
        Objects.requireNonNull(value, "location id");
    }

    @JsonCreator
    public static LocationId of(String text) {
        return new LocationId(TypedId.parse(text));
    }

    public static LocationId of(UUID value) {
        return new LocationId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
