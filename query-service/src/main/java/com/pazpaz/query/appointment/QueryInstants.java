package com.pazpaz.query.appointment;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parses ISO-8601 instants from query parameters ({@code Z} or an offset); anything else is 422. */
final class QueryInstants {

    private QueryInstants() {}

    static Instant parse(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationFailedException(List.of(new FieldProblem(
                    parameter, "must be an ISO-8601 date-time with a zone, e.g. 2026-03-01T09:00:00Z")));
        }
    }
}
