package com.pazpaz.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an attachment (a file of a note or of a client). Prints as a bare UUID string. */
public record AttachmentId(UUID value) implements TypedId {

    public AttachmentId {
        Objects.requireNonNull(value, "attachment id");
    }

    @JsonCreator
    public static AttachmentId of(String text) {
        return new AttachmentId(TypedId.parse(text));
    }

    public static AttachmentId of(UUID value) {
        return new AttachmentId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
