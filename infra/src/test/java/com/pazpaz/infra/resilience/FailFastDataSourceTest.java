package com.pazpaz.infra.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.embedded.EmbeddedPostgresServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The probe against a real PostgreSQL and against a port nobody listens on, and the data source it guards. */
class FailFastDataSourceTest {

    private static final DatabaseProbeProperties PROBE =
            new DatabaseProbeProperties(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Test
    void refusesAtOnceWhileTheProbeCannotReachTheServer() throws Exception {
        String url = "jdbc:postgresql://localhost:" + unusedPort() + "/pazpaz";
        DatabaseAvailability availability =
                new DatabaseAvailability(url, "postgres", "postgres", PROBE, Clock.systemUTC());
        assertThat(availability.isAvailable())
                .as("available until the first probe")
                .isTrue();
        availability.probe();
        assertThat(availability.isAvailable()).isFalse();
        assertThat(availability.problem()).contains("PSQLException").contains("08001");

        FailFastDataSource dataSource = new FailFastDataSource(new DriverManagerDataSource(url), availability);
        long started = System.nanoTime();
        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(DatabaseUnavailableException.class)
                .satisfies(e -> assertThat(DatabaseFailures.isUnavailable(e)).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void passesThroughWhileTheServerAnswersAndNoticesItComingBack() throws Exception {
        Path directory = Files.createTempDirectory("pazpaz-probe-");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(directory, 0, false)) {
            String url = postgres.jdbcUrl("postgres");
            DatabaseAvailability availability =
                    new DatabaseAvailability(url, postgres.username(), postgres.password(), PROBE, Clock.systemUTC());
            int[] recoveries = {0};
            availability.onRecovery(() -> recoveries[0]++);
            availability.probe();
            assertThat(availability.isAvailable()).isTrue();
            FailFastDataSource dataSource = new FailFastDataSource(
                    new DriverManagerDataSource(url, postgres.username(), postgres.password()), availability);
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
            assertThat(dataSource.unwrap(DriverManagerDataSource.class)).isNotNull();
            postgres.close();
            availability.probe();
            assertThat(availability.isAvailable()).isFalse();
            try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(directory, postgres.port(), false)
                    .deletingItsDataWhenClosed()) {
                availability.probe();
                assertThat(availability.isAvailable()).isTrue();
                assertThat(recoveries[0]).isEqualTo(1);
            }
        }
    }

    private static int unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
