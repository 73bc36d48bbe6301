package com.pazpaz.query.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a report's rows are bucketed: by ISO week (starting Monday) or by calendar month, in UTC. */
enum ReportPeriod {
    WEEK,
    MONTH;

    /** The unit name {@code date_trunc} takes: a fixed constant, never input. */
    String unit() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonValue
    String json() {
        return unit();
    }
}
