package com.pazpaz.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.embedded.EmbeddedPostgresServer;
import com.pazpaz.embedded.TestInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The read limit's reservations against the count table as the service's migration creates it, in a real
 * PostgreSQL: exact at the limit, shared by instances, and a busy caller's minute costs a handful of statements.
 */
class ReadAllowancesTest {

    private static JdbcTemplate jdbc;
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final String caller = "user:" + UUID.randomUUID();

    @BeforeAll
    static void createTheCountTable() throws IOException {
        EmbeddedPostgresServer postgres = TestInfrastructure.postgres();
        String url = TestInfrastructure.freshDatabase();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, postgres.username(), postgres.password()));
        try (InputStream migration =
                ReadAllowancesTest.class.getResourceAsStream("/db/read-model/V11__create_request_windows.sql")) {
            jdbc.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCallerReadsExactlyItsLimitThenIsRefusedWithoutAStatementUntilItsMinuteEnds() {
        ReadAllowances instance = instance(100);

        assertThat(served(instance, 150)).isEqualTo(100);
        int statements = instance.reservationsMade();
        OptionalLong refused = instance.take(caller);

        assertThat(refused).isPresent();
        assertThat(refused.getAsLong()).isBetween(1L, 60L);
        assertThat(instance.reservationsMade())
                .as("a refused caller is refused in memory")
                .isEqualTo(statements);
    }

    @Test
    void instancesSharingTheCountNeverServeMoreThanTheLimitTogether() {
        ReadAllowances one = instance(50);
        ReadAllowances other = instance(50);
        int served = 0;
        for (int read = 0; read < 200; read++) {
            served += (read % 3 == 0 ? other : one).take(caller).isEmpty() ? 1 : 0;
        }
        assertThat(served).isEqualTo(50);
        assertThat(countedThisMinute()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void whatOtherInstancesCountedIsHonoured() {
        jdbc.update(
                "INSERT INTO rate_limits.request_windows (subject, window_start, requests)"
                        + " SELECT ?, date_trunc('minute', now()) + m * interval '1 minute', 997"
                        + " FROM generate_series(0, 1) m",
                caller);

        assertThat(served(instance(1000), 10)).isEqualTo(3);
    }

    @Test
    void aBusyCallersMinuteCostsAHandfulOfStatementsNotOnePerRead() {
        ReadAllowances instance = instance(1_000_000);

        assertThat(served(instance, 10_000)).isEqualTo(10_000);

        // 1, 2, 4, ... 64 reads at a time: about one statement per 64 reads
        assertThat(instance.reservationsMade()).isLessThan(10_000 / ReadAllowances.MOST_AT_ONCE + 10);
        assertThat(countedThisMinute()).isBetween(10_000L, 10_000L + ReadAllowances.MOST_AT_ONCE);
    }

    @Test
    void aReservationEndsWithItsMinute() {
        ReadAllowances instance = instance(1_000_000);
        served(instance, 3); // reservations of 1 and 2 reads
        int statements = instance.reservationsMade();

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(61));

        assertThat(instance.take(caller)).isEmpty();
        assertThat(instance.reservationsMade())
                .as("the allowance left from the minute before is not used")
                .isEqualTo(statements + 1);
    }

    private ReadAllowances instance(long limit) {
        return new ReadAllowances(jdbc, limit, nanos::get);
    }

    private int served(ReadAllowances instance, int reads) {
        int served = 0;
        for (int read = 0; read < reads; read++) {
            served += instance.take(caller).isEmpty() ? 1 : 0;
        }
        return served;
    }

    private long countedThisMinute() {
        Long counted = jdbc.queryForObject(
                "SELECT coalesce(sum(requests), 0) FROM rate_limits.request_windows WHERE subject = ?",
                Long.class,
                caller);
        return counted == null ? 0 : counted;
    }
}
