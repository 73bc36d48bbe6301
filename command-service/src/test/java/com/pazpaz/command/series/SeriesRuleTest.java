package com.pazpaz.command.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.infra.web.ValidationFailedException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supported subset of RRULE, expanded in the practice's time zone. */
class SeriesRuleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant FAR = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void aWeeklyTenOClockStaysAtTenAcrossTheDaylightSavingChange() {
        // British Summer Time starts on Sunday 29 March 2026: 10:00 is 10:00Z before and 09:00Z after
        List<Instant> starts = SeriesRule.of(
                        "FREQ=WEEKLY;BYDAY=MO;COUNT=4", "Europe/London", LocalDateTime.parse("2026-03-16T10:00:00"))
                .between(null, FAR)
                .starts();
        assertThat(starts)
                .containsExactly(
                        Instant.parse("2026-03-16T10:00:00Z"),
                        Instant.parse("2026-03-23T10:00:00Z"),
                        Instant.parse("2026-03-30T09:00:00Z"),
                        Instant.parse("2026-04-06T09:00:00Z"));
        assertThat(starts)
                .allSatisfy(
                        start -> assertThat(start.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
    }

    @Test
    void everyOtherWeekOnTwoDaysUntilADate() {
        List<Instant> starts = SeriesRule.of(
                        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20260122T235959Z",
                        "UTC",
                        LocalDateTime.parse("2026-01-05T09:00:00"))
                .between(null, FAR)
                .starts();
        assertThat(starts)
                .containsExactly(
                        Instant.parse("2026-01-05T09:00:00Z"),
                        Instant.parse("2026-01-08T09:00:00Z"),
                        Instant.parse("2026-01-19T09:00:00Z"),
                        Instant.parse("2026-01-22T09:00:00Z"));
    }

    @Test
    void monthlyByDateAndByWeekday() {
        assertThat(SeriesRule.of("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3", "UTC", LocalDateTime.parse("2026-01-15T08:00"))
                        .between(null, FAR)
                        .starts())
                .containsExactly(
                        Instant.parse("2026-01-15T08:00:00Z"),
                        Instant.parse("2026-02-15T08:00:00Z"),
                        Instant.parse("2026-03-15T08:00:00Z"));
        assertThat(SeriesRule.of("FREQ=MONTHLY;BYDAY=2TU;COUNT=2", "UTC", LocalDateTime.parse("2026-01-13T08:00"))
                        .between(null, FAR)
                        .starts())
                .containsExactly(Instant.parse("2026-01-13T08:00:00Z"), Instant.parse("2026-02-10T08:00:00Z"));
    }

    @Test
    void anOpenEndedRuleStopsAtTheHorizonAndContinuesAfterIt() {
        SeriesRule rule = SeriesRule.of("FREQ=WEEKLY;BYDAY=MO", "UTC", LocalDateTime.parse("2026-01-05T09:00"));
        SeriesRule.Expansion first = rule.between(null, Instant.parse("2026-01-20T00:00:00Z"));
        assertThat(first.starts()).hasSize(3);
        assertThat(first.exhausted()).isFalse();
        SeriesRule.Expansion next = rule.between(first.starts().get(2), Instant.parse("2026-02-03T00:00:00Z"));
        assertThat(next.starts())
                .containsExactly(Instant.parse("2026-01-26T09:00:00Z"), Instant.parse("2026-02-02T09:00:00Z"));
    }

    @Test
    void countIsCountedOverTheWholeSeries() {
        SeriesRule rule = SeriesRule.of("FREQ=WEEKLY;BYDAY=MO;COUNT=3", "UTC", LocalDateTime.parse("2026-01-05T09:00"));
        SeriesRule.Expansion rest = rule.between(Instant.parse("2026-01-12T09:00:00Z"), FAR);
        assertThat(rest.starts()).containsExactly(Instant.parse("2026-01-19T09:00:00Z"));
        assertThat(rest.exhausted()).isTrue();
    }

    @Test
    void anythingOutsideTheSubsetIsRefused() {
        for (String rule : List.of(
                "FREQ=DAILY",
                "FREQ=WEEKLY;BYHOUR=9",
                "nonsense",
                "FREQ=WEEKLY;COUNT=9999",
                "FREQ=WEEKLY;INTERVAL=99")) {
            assertThatThrownBy(() -> SeriesRule.of(rule, "UTC", LocalDateTime.parse("2026-01-05T09:00")))
                    .as(rule)
                    .isInstanceOf(ValidationFailedException.class);
        }
        assertThatThrownBy(() -> SeriesRule.of("FREQ=WEEKLY", "Mars/Olympus", LocalDateTime.parse("2026-01-05T09:00")))
                .isInstanceOf(ValidationFailedException.class);
    }
}
