package com.pazpaz.infra.crypto;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The label stored in front of every value a data key encrypts: {@code d} + the key's id in base 36, at most
 * 9 characters so that the colon falls within the first 10 bytes (schema.md §5.3).
 */
final class DataKeyLabel {

    private static final Pattern FORM = Pattern.compile("d[0-9a-z]{1,8}");
    private static final long LARGEST_ID = 2_821_109_907_455L; // 36^8 - 1: "dzzzzzzzz"

    private DataKeyLabel() {}

    static String of(long id) {
        if (id < 1 || id > LARGEST_ID) {
            throw new IllegalStateException("Data key id out of the label's range: " + id);
        }
        return "d" + Long.toString(id, 36);
    }

    /** The key id this label names, or empty when it is not a data key's label. */
    static OptionalLong idOf(String label) {
        if (label == null || !FORM.matcher(label).matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(label.substring(1), 36));
    }
}
