package com.pazpaz.query.report;

import com.pazpaz.infra.web.ProblemResponses;
import com.pazpaz.infra.web.ValidationFailedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, in UTC, at most {@value #MAX_DAYS} days; a
 * reversed or longer range is a 422 naming the parameter.
 */
record ReportRange(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 1_100;

    ReportRange {
        if (from.isAfter(to)) {
            throw new ValidationFailedException(
                    List.of(new ProblemResponses.FieldProblem("to", "must not be before from")));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ValidationFailedException(
                    List.of(new ProblemResponses.FieldProblem("to", "a report covers at most " + MAX_DAYS + " days")));
        }
    }

    Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
