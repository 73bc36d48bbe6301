package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a clinical note (session). Prints as a bare UUID string; the aggregate id. */
public record SessionId(UUID value) implements TypedId {

    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    @JsonCreator
    public static SessionId of(String text) {
        return new SessionId(TypedId.parse(text));
    }

    public static SessionId of(UUID value) {
        return new SessionId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
