package com.pazpaz.infra.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Which column of which record a value belongs to. It becomes the AES-GCM associated data, so a ciphertext
 * copied into another row or column fails authentication instead of decrypting there.
 *
 * @param table    read table the value belongs to (also used in events, which carry the same bytes)
 * @param recordId id of the row
 * @param column   column name
 * @param keyOwner the record whose data key encrypts the value (the client, for all of a client's PHI)
 */
public record FieldBinding(String table, UUID recordId, String column, UUID keyOwner) {

    public FieldBinding {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(recordId, "record id");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(keyOwner, "key owner");
    }

    byte[] associatedData() {
        return ("pazpaz|" + table + "|" + recordId + "|" + column).getBytes(StandardCharsets.UTF_8);
    }

    /** For error messages and logs: names the place, never the content. */
    String describe() {
        return table + "." + column;
    }
}
