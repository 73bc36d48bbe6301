package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.command.CommandServiceApplication;
import com.pazpaz.infra.kafka.EventRecordHeaders;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.local.bench.ServiceProcess;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * The delivery guarantee of docs/consumers.md ("Ordering and delivery") across a {@code kill -9} of the publisher
 * at the worst moment: the command service runs in a JVM of its own with the relay's test hook
 * {@code pazpaz.kafka.relay.test.halt-after-acked-sends}, which halts that JVM right after the broker acknowledged
 * a send and before the relay stored its position. Commands for three practices go through its API until it dies;
 * it is started again without the hook, takes a few more commands, and a plain Kafka consumer then reads the
 * topic: each practice's records (key) in store-position order once duplicates are dropped by {@code ce_id},
 * every stored event at least once, and every duplicate the same record under the same {@code ce_id}.
 */
class RelayKillTest {

    /** Past the practices' own events, inside the commands driven below (3 callers x up to 40 clients). */
    private static final int HALT_AFTER_ACKED_SENDS = 30;

    private static final int CLIENTS_PER_PRACTICE = 40;
    private static final int CLIENTS_AFTER_RESTART = 3;
    /** The killed JVM's processor claims must expire first (Axon's claim timeout, 10 s): generous on 2 busy cores. */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    private static final List<String> CHILD_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @Test
    void aPublisherKilledBetweenAcknowledgementAndStoredPositionResendsInOrderAndSkipsNothing() throws Exception {
        Path directory = Files.createTempDirectory("pazpaz-relay-kill-");
        try (LocalStack stack = LocalStack.start(
                        LocalStackConfig.forTests(directory), "--pazpaz.consistency.max-wait=2s")
                .deletingItsDataWhenClosed()) {
            TokenIssuer tokens = stack.commandService().getBean(TokenIssuer.class);
            List<Actor> owners = new ArrayList<>();
            for (String name : List.of("Kill North", "Kill South", "Kill East")) {
                owners.add(newPractice(stack, tokens, name));
            }
            // from here on the relay runs only in the service's own JVM: this one's stops (releasing its claims)
            stack.commandService().close();
            List<String> service = List.of("--pazpaz.query-service.base-url=" + stack.queryBaseUrl());

            ServiceProcess doomed = ServiceProcess.start(
                    stack,
                    CommandServiceApplication.class,
                    CHILD_JVM,
                    Stream.concat(
                                    service.stream(),
                                    Stream.of("--pazpaz.kafka.relay.test.halt-after-acked-sends="
                                            + HALT_AFTER_ACKED_SENDS))
                            .toList());
            List<CompletableFuture<Integer>> callers = owners.stream()
                    .map(owner -> CompletableFuture.supplyAsync(() ->
                            registerUntilGone(new Api(doomed.baseUrl(), tokens.issue(owner)), CLIENTS_PER_PRACTICE)))
                    .toList();
            assertThat(doomed.awaitExit(Duration.ofSeconds(90)))
                    .as("the relay halted itself as a kill -9 would")
                    .isEqualTo(137);
            int acknowledgedBeforeKill =
                    callers.stream().mapToInt(CompletableFuture::join).sum();
            assertThat(acknowledgedBeforeKill)
                    .as("commands acknowledged before the kill")
                    .isPositive();

            try (ServiceProcess restarted =
                    ServiceProcess.start(stack, CommandServiceApplication.class, CHILD_JVM, service)) {
                for (Actor owner : owners) {
                    Api commands = new Api(restarted.baseUrl(), tokens.issue(owner));
                    assertThat(registerUntilGone(commands, CLIENTS_AFTER_RESTART))
                            .isEqualTo(CLIENTS_AFTER_RESTART);
                }
                List<ConsumerRecord<String, String>> records = awaitAllPublished(stack, storedPositions(stack));
                Map<String, Long> stored = storedPositions(stack);

                long distinct = records.stream()
                        .map(r -> KafkaTopic.header(r, EventRecordHeaders.ID))
                        .distinct()
                        .count();
                System.out.printf(
                        "Relay kill: %d commands acknowledged before the halt; %d stored events, %d records"
                                + " on the topic, %d of them duplicates%n",
                        acknowledgedBeforeKill, stored.size(), records.size(), records.size() - distinct);

                assertEveryDuplicateIsTheSameRecord(records);
                assertThat((long) records.size())
                        .as("the batch acknowledged before the kill was sent again")
                        .isGreaterThan(distinct);
                assertInPositionOrderPerWorkspace(records, stored);
            }
        }
    }

    /** Registers clients one after the other until {@code count} are acknowledged or the service is gone. */
    private static int registerUntilGone(Api commands, int count) {
        int acknowledged = 0;
        try {
            while (acknowledged < count) {
                Api.Response created = commands.post(
                        "/api/v1/clients", Map.of("first_name", "Kill", "last_name", "Drill " + acknowledged));
                if (created.status() != 201) {
                    // the answer of a JVM going down (or a store write cut short): no acknowledgement
                    return acknowledged;
                }
                acknowledged++;
            }
        } catch (UncheckedIOException gone) {
            // the JVM halted under the request
        }
        return acknowledged;
    }

    /** Reads the topic until every stored event is on it (the restarted relay must first claim the segment). */
    private static List<ConsumerRecord<String, String>> awaitAllPublished(LocalStack stack, Map<String, Long> stored)
            throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> records =
                    KafkaTopic.readAll(stack.kafkaBootstrapServers(), Duration.ofSeconds(30));
            List<String> missing = stored.keySet().stream()
                    .filter(id ->
                            records.stream().noneMatch(r -> id.equals(KafkaTopic.header(r, EventRecordHeaders.ID))))
                    .toList();
            if (missing.isEmpty()) {
                return records;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + CATCH_UP + ": " + missing.size() + " of " + stored.size()
                        + " stored events on the topic, e.g. " + missing.get(0));
            }
            Thread.sleep(500);
        }
    }

    /** Records with one {@code ce_id} are one event: same key, value and headers; a duplicate is never a new id. */
    private static void assertEveryDuplicateIsTheSameRecord(List<ConsumerRecord<String, String>> records) {
        Map<String, ConsumerRecord<String, String>> first = new HashMap<>();
        Map<String, String> idOfSubjectSequence = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String id = KafkaTopic.header(record, EventRecordHeaders.ID);
            ConsumerRecord<String, String> original = first.putIfAbsent(id, record);
            if (original != null) {
                assertThat(record.key()).as("key of duplicate %s", id).isEqualTo(original.key());
                assertThat(record.value()).as("value of duplicate %s", id).isEqualTo(original.value());
                assertThat(headers(record)).as("headers of duplicate %s", id).isEqualTo(headers(original));
            }
            String subject = KafkaTopic.header(record, EventRecordHeaders.SUBJECT);
            if (subject != null) {
                String event = subject + "#" + KafkaTopic.header(record, EventRecordHeaders.SUBJECT_SEQUENCE);
                String earlier = idOfSubjectSequence.putIfAbsent(event, id);
                assertThat(earlier == null || earlier.equals(id))
                        .as("event %s published as %s and as %s", event, earlier, id)
                        .isTrue();
            }
        }
    }

    /** Dropping duplicates by {@code ce_id}, each workspace's records come in the order of their store positions. */
    private static void assertInPositionOrderPerWorkspace(
            List<ConsumerRecord<String, String>> records, Map<String, Long> stored) {
        Map<String, Long> lastPosition = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        // KafkaTopic reads partition by partition and a workspace lives in one: the list keeps each key's order
        for (ConsumerRecord<String, String> record : records) {
            String id = KafkaTopic.header(record, EventRecordHeaders.ID);
            if (!seen.add(id)) {
                continue;
            }
            assertThat(stored).as("event %s on the topic is in the store", id).containsKey(id);
            long position = stored.get(id);
            assertThat(KafkaTopic.header(record, EventRecordHeaders.POSITION))
                    .as("position header of %s", id)
                    .isEqualTo(Long.toString(position));
            Long previous = lastPosition.put(record.key(), position);
            assertThat(previous == null || previous < position)
                    .as("workspace %s: event at %d after the one at %d", record.key(), position, previous)
                    .isTrue();
        }
    }

    private static List<String> headers(ConsumerRecord<String, String> record) {
        List<String> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(header.key() + "=" + new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** Every stored event's id and position, straight from the event store. */
    private static Map<String, Long> storedPositions(LocalStack stack) throws SQLException {
        Map<String, Long> positions = new HashMap<>();
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), stack.jdbcUser(), stack.jdbcPassword());
                var statement = db.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT event_identifier, global_index FROM event_store.domain_event_entry")) {
            while (rs.next()) {
                positions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return positions;
    }

    /** Opens a practice as the platform administrator would, through the API, and returns its owner. */
    private static Actor newPractice(LocalStack stack, TokenIssuer tokens, String name) {
        Actor admin = new Actor(UserId.of(stack.platformAdminId()), null, Role.PLATFORM_ADMIN);
        Api.Response created = new Api(stack.commandBaseUrl(), tokens.issue(admin))
                .post(
                        "/api/v1/workspaces",
                        Map.of(
                                "name",
                                name,
                                "owner_email",
                                "owner-" + UUID.randomUUID() + "@kill.test",
                                "owner_full_name",
                                "Owner of " + name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Actor(
                UserId.of(created.json().get("owner_user_id").asText()), WorkspaceId.of(created.id()), Role.OWNER);
    }
}
