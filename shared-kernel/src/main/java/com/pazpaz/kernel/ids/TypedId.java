package com.pazpaz.kernel.ids;

import java.util.UUID;

/** Common behaviour of the typed identifiers: a UUID that prints as its lower-case canonical form. */
public interface TypedId {

    UUID value();

    /** Parses a canonical UUID; throws {@link IllegalArgumentException} for anything else. */
    static UUID parse(String text) {
        if (text == null || text.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a UUID");
        }
        if (!uuid.toString().equalsIgnoreCase(text)) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return uuid;
    }
}
