package com.pazpaz.command.common;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import java.util.List;

/**
 * The record version a command expects, from the {@code If-Match} header ({@code 3} or the ETag form
 * {@code "3"}); a controller takes it as a plain parameter (resolved by {@link ExpectedVersionResolver}). A
 * stale version is answered 412 by the event store's check; no header (or {@code *}) means no check.
 */
public final class ExpectedVersion {

    public static final String HEADER = "If-Match";

    private static final ExpectedVersion ANY = new ExpectedVersion(null);

    private final String header;

    private ExpectedVersion(String header) {
        this.header = header;
    }

    /** What the caller sent in {@link #HEADER}; it is read only when the command is built (see sequence()). */
    static ExpectedVersion fromHeader(String header) {
        return header == null ? ANY : new ExpectedVersion(header);
    }

    /**
     * Axon's expected aggregate sequence number (one less than our version), or {@code null} when there is no
     * check. A malformed header is 422 only here, when the command is built: by then the controller has found
     * the record in the caller's workspace, so another practice's record stays 404 whatever If-Match says.
     */
    public Long sequence() {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 1) {
                return version - 1;
            }
        } catch (NumberFormatException e) {
            // fall through to the validation problem
        }
        throw new ValidationFailedException(List.of(new FieldProblem(HEADER, "must be a record version (1, 2, ...)")));
    }
}
