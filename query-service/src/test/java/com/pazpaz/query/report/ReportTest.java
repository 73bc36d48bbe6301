package com.pazpaz.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.infra.web.ValidationFailedException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final ReportRange JANUARY = new ReportRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

    @Test
    void csvHasTheColumnsAsHeaderAndQuotesOnlyWhatNeedsIt() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("period_start", "2025-01-01");
        row.put("status", "a,\"b\"");
        row.put("appointments", 3L);
        Report report = new Report(
                "appointments", JANUARY, List.of("period_start", "status", "service_id", "appointments"), List.of(row));
        assertThat(report.csv())
                .isEqualTo("period_start,status,service_id,appointments\r\n" + "2025-01-01,\"a,\"\"b\"\"\",,3\r\n");
    }

    @Test
    void aRangeIsInclusiveInUtcAndNeitherReversedNorLongerThanTheLimit() {
        assertThat(JANUARY.start()).hasToString("2025-01-01T00:00:00Z");
        assertThat(JANUARY.end()).hasToString("2025-02-01T00:00:00Z");
        assertThatThrownBy(() -> new ReportRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(ValidationFailedException.class);
        LocalDate from = LocalDate.of(2020, 1, 1);
        assertThat(new ReportRange(from, from.plusDays(ReportRange.MAX_DAYS - 1)))
                .isNotNull();
        assertThatThrownBy(() -> new ReportRange(from, from.plusDays(ReportRange.MAX_DAYS)))
                .isInstanceOf(ValidationFailedException.class);
    }
}
