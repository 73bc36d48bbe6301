package com.pazpaz.command.common;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import java.util.List;

/**
 * Reads an {@code If-Match} header holding a record version ({@code 3} or the ETag form {@code "3"}) and
 * turns it into Axon's expected aggregate version (its sequence number, one less than our version).
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** The expected aggregate sequence number, or {@code null} when no If-Match was sent (or it was "*"). */
    public static Long expectedSequence(String header) {
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
