package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a plan of care. Prints as a bare UUID string; the aggregate id. */
public record CarePlanId(UUID value) implements TypedId {

    public CarePlanId {
        Objects.requireNonNull(value, "care plan id");
    }

    @JsonCreator
    public static CarePlanId of(String text) {
        return new CarePlanId(TypedId.parse(text));
    }

    public static CarePlanId of(UUID value) {
        return new CarePlanId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
