package com.pazpaz.kernel.client;

/**
 * The client fields that hold PII or PHI and are therefore always encrypted. The column name doubles as
 * the field name in the associated data, so a ciphertext is bound to exactly one column; {@link #apiName()} is the
 * field's name in the API's bodies (the column's, but for {@link #TAGS}).
 */
public enum ProtectedClientField {
    FIRST_NAME("first_name"),
    LAST_NAME("last_name"),
    EMAIL("email"),
    PHONE("phone"),
    DATE_OF_BIRTH("date_of_birth"),
    ADDRESS("address"),
    MEDICAL_HISTORY("medical_history"),
    EMERGENCY_CONTACT_NAME("emergency_contact_name"),
    EMERGENCY_CONTACT_PHONE("emergency_contact_phone"),
    NOTES("notes"),
    /**
     * The practice's labels, all in one value ({@link ClientTags}); not the documented plaintext {@code tags}
     * column, which keeps only what events stored before tags were encrypted held (docs/encryption.md).
     */
    TAGS("tags_encrypted", "tags");

    private final String column;
    private final String apiName;

    ProtectedClientField(String column) {
        this(column, column);
    }

    ProtectedClientField(String column, String apiName) {
        this.column = column;
        this.apiName = apiName;
    }

    public String column() {
        return column;
    }

    public String apiName() {
        return apiName;
    }

    /** First and last name can be changed but never cleared. */
    public boolean required() {
        return this == FIRST_NAME || this == LAST_NAME;
    }
}
