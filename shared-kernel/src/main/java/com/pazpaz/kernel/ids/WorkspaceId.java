package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace. Serialises as a bare UUID string; Axon uses {@link #toString()} as aggregate id. */
public record WorkspaceId(UUID value) implements TypedId {

    public WorkspaceId {
        Objects.requireNonNull(value, "workspace id");
    }

    @JsonCreator
    public static WorkspaceId of(String text) {
        return new WorkspaceId(TypedId.parse(text));
    }

    public static WorkspaceId of(UUID value) {
        return new WorkspaceId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
