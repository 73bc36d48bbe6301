package com.pazpaz.kernel.session;

/** The four parts of a SOAP note. The column name doubles as the field name in the encryption binding. */
public enum SoapField {
    SUBJECTIVE("subjective"),
    OBJECTIVE("objective"),
    ASSESSMENT("assessment"),
    PLAN("plan");

    private final String column;

    SoapField(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
