package com.pazpaz.kernel.common;

/**
 * A command broke a business rule. The message is shown to the caller, so it must never contain PHI.
 * The kind decides the HTTP status the web layer answers with.
 */
public class BusinessRuleViolation extends RuntimeException {

    /** What sort of rule was broken; the web layer maps each to a status code. */
    public enum Kind { INVALID, CONFLICT, GONE, BAD_REQUEST }

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
