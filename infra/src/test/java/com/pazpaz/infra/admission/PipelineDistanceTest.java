package com.pazpaz.infra.admission;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.embedded.EmbeddedPostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The pipeline's distance as admission reads it, from a real token table: the furthest-behind watched processor
 * that is catching up; a stalled one, a replaying one and an unwatched one do not count.
 */
class PipelineDistanceTest {

    private static final Duration STALLED_AFTER = Duration.ofSeconds(1);
    private static EmbeddedPostgresServer postgres;
    private static JdbcTemplate jdbc;
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private PipelineDistance distance;

    @BeforeAll
    static void createTables() throws Exception {
        postgres = EmbeddedPostgresServer.start(Files.createTempDirectory("pazpaz-admission-"), 0, false)
                .deletingItsDataWhenClosed();
        String url = postgres.createDatabaseIfMissing("admission");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, postgres.username(), postgres.password()));
        jdbc.execute("CREATE SCHEMA event_store");
        jdbc.execute("CREATE TABLE event_store.domain_event_entry (global_index BIGINT PRIMARY KEY)");
        // the columns admission reads, as db/event-store creates them
        jdbc.execute("CREATE TABLE event_store.token_entry (processor_name VARCHAR(255) NOT NULL, segment INTEGER"
                + " NOT NULL, token BYTEA, token_type VARCHAR(255), PRIMARY KEY (processor_name, segment))");
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM event_store.domain_event_entry");
        jdbc.update("DELETE FROM event_store.token_entry");
        AdmissionProperties properties = new AdmissionProperties(
                true,
                4,
                Duration.ofSeconds(5),
                32,
                Duration.ofMillis(250),
                STALLED_AFTER,
                Duration.ZERO,
                List.of("read-model", "kafka-publisher"));
        distance = new PipelineDistance(
                jdbc, "event_store.domain_event_entry", "event_store.token_entry", properties, nanos::get);
    }

    @Test
    void isHowFarTheFurthestWatchedProcessorIsBehindTheNewestEvent() {
        storeEventsUpTo(100);
        token("read-model", 0, 60);
        token("kafka-publisher", 0, 95);
        token("some-other-projection", 0, 1);

        assertThat(distance.eventsBehind()).isEqualTo(40);
    }

    @Test
    void aProcessorOfSeveralSegmentsIsAsFarAsItsSlowestSegment() {
        storeEventsUpTo(100);
        token("read-model", 0, 90);
        token("read-model", 1, 70);

        assertThat(distance.eventsBehind()).isEqualTo(30);
    }

    @Test
    void isZeroWhenEveryProcessorIsLevelWithTheHead() {
        storeEventsUpTo(100);
        token("read-model", 0, 100);
        token("kafka-publisher", 0, 100);

        assertThat(distance.eventsBehind()).isZero();
    }

    @Test
    void aProcessorThatStopsMovingWhileBehindStopsCountingOnceStalled() {
        storeEventsUpTo(100);
        token("read-model", 0, 50);
        assertThat(distance.eventsBehind()).isEqualTo(50);

        nanos.addAndGet(STALLED_AFTER.toNanos() - 1);
        assertThat(distance.eventsBehind()).as("still within the stall window").isEqualTo(50);

        nanos.addAndGet(1);
        assertThat(distance.eventsBehind()).as("not moved for the stall window").isZero();

        token("read-model", 0, 51);
        assertThat(distance.eventsBehind()).as("moving again").isEqualTo(49);
    }

    @Test
    void aProcessorLevelWithTheHeadIsNotStalledWhenNewEventsArrive() {
        storeEventsUpTo(100);
        token("read-model", 0, 100);
        assertThat(distance.eventsBehind()).isZero();

        nanos.addAndGet(STALLED_AFTER.toNanos() * 10);
        assertThat(distance.eventsBehind()).isZero();
        storeEventsUpTo(140);

        assertThat(distance.eventsBehind()).as("idle until now, not stalled").isEqualTo(40);
    }

    @Test
    void aProcessorBeingReplayedOrWithoutATokenDoesNotCount() {
        storeEventsUpTo(100);
        jdbc.update(
                "INSERT INTO event_store.token_entry (processor_name, segment, token) VALUES (?, 0, ?)",
                "read-model",
                "{\"tokenAtReset\":{\"index\":100,\"gaps\":[]},\"currentToken\":{\"index\":3,\"gaps\":[]}}"
                        .getBytes(StandardCharsets.UTF_8));
        jdbc.update("INSERT INTO event_store.token_entry (processor_name, segment) VALUES ('kafka-publisher', 0)");

        assertThat(distance.eventsBehind()).isZero();
    }

    @Test
    void isReadAgainOnlyAfterTheSampleInterval() {
        AdmissionProperties properties = new AdmissionProperties(
                true,
                4,
                Duration.ofSeconds(5),
                32,
                Duration.ofMillis(250),
                STALLED_AFTER,
                Duration.ofMillis(5),
                List.of("read-model"));
        PipelineDistance sampled = new PipelineDistance(
                jdbc, "event_store.domain_event_entry", "event_store.token_entry", properties, nanos::get);
        storeEventsUpTo(100);
        token("read-model", 0, 90);
        assertThat(sampled.eventsBehind()).isEqualTo(10);

        token("read-model", 0, 100);
        assertThat(sampled.eventsBehind()).as("the last reading, 0 ms old").isEqualTo(10);
        nanos.addAndGet(Duration.ofMillis(5).toNanos());
        assertThat(sampled.eventsBehind()).isZero();
    }

    private static void storeEventsUpTo(long head) {
        jdbc.update(
                "INSERT INTO event_store.domain_event_entry SELECT g FROM generate_series(1, ?) g ON CONFLICT DO NOTHING",
                head);
    }

    private static void token(String processor, int segment, long index) {
        jdbc.update(
                "INSERT INTO event_store.token_entry (processor_name, segment, token) VALUES (?, ?, ?)"
                        + " ON CONFLICT (processor_name, segment) DO UPDATE SET token = excluded.token",
                processor,
                segment,
                ("{\"index\":" + index + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
    }
}
