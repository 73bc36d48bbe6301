package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a service. Serialises as a bare UUID string; Axon uses {@link #toString()} as aggregate id. */
public record ServiceId(UUID value) implements TypedId {

    public ServiceId {
        Objects.requireNonNull(value, "service id");
    }

    @JsonCreator
    public static ServiceId of(String text) {
        return new ServiceId(TypedId.parse(text));
    }

    public static ServiceId of(UUID value) {
        return new ServiceId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
