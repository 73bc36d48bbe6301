package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a client. Serialises as a bare UUID string; Axon uses {@link #toString()} as aggregate id. */
public record ClientId(UUID value) implements TypedId {

    public ClientId {
        Objects.requireNonNull(value, "client id");
    }

    @JsonCreator
    public static ClientId of(String text) {
        return new ClientId(TypedId.parse(text));
    }

    public static ClientId of(UUID value) {
        return new ClientId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
