package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a user. Serialises as a bare UUID string; Axon uses {@link #toString()} as aggregate id. */
public record UserId(UUID value) implements TypedId {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    @JsonCreator
    public static UserId of(String text) {
        return new UserId(TypedId.parse(text));
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
