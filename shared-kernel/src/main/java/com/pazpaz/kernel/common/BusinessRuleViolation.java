package com.pazpaz.kernel.common;

/**
 * A command broke a business rule. The message is shown to the caller, so it must never contain PHI.
 * The kind decides the HTTP status the web layer answers with.
 */
public class BusinessRuleViolation extends RuntimeException {

    /** What sort of rule was broken; the web layer maps each to a status code. */
    public enum Kind {
        INVALID,
        CONFLICT,
        GONE,
        BAD_REQUEST,
        /** a file or a total of files over its limit (413) */
        TOO_LARGE,
        /** a file of a type that is not accepted (415) */
        UNSUPPORTED_TYPE,
        /** the practice's storage quota would be exceeded (507) */
        INSUFFICIENT_STORAGE,
        /** a service the request depends on cannot be reached, e.g. the malware scanner (503) */
        UNAVAILABLE
    }

    private final Kind kind;

    public BusinessRuleViolation(String message) {
        this(Kind.INVALID, message);
    }

    public BusinessRuleViolation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
