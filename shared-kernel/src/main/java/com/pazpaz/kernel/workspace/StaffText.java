package com.pazpaz.kernel.workspace;

/** The shape of staff texts (names, e-mails): 1..255 characters, as the {@code users} columns allow. */
final class StaffText {

    private StaffText() {}

    static void require(String value, String what) {
        if (value == null || value.isBlank() || value.length() > 255) {
            throw new IllegalArgumentException(what + " must have 1..255 characters");
        }
    }
}
