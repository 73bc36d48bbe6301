package com.pazpaz.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.reminders.RemindersApplication;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reminders consumer beside the shared stack: instances of it with tables of their own (a schema per test
 * class, so they never see another test's reminders), a consumer group of their own, a real SMTP server (GreenMail)
 * and a {@link MovableClock}. The test appointments lie in 2012, before anything other tests book, so only they
 * come due when the clock moves.
 */
final class RemindersFixture {

    static final Instant EPOCH = Instant.parse("2012-01-01T00:00:00Z");
    static final String TOPIC = "pazpaz.events";

    private RemindersFixture() {}

    /** A reminders instance on the stack's database and broker, polling often. The caller closes it. */
    static ConfigurableApplicationContext start(String schema, String group, int smtpPort, Clock clock) {
        LocalStack stack = StackFixture.stack();
        List<String> args = stack.serviceArguments(
                RemindersApplication.class,
                0,
                List.of(
                        "--pazpaz.reminders.schema=" + schema,
                        "--pazpaz.reminders.consumer-group=" + group,
                        "--pazpaz.reminders.poll-interval=PT0.1S",
                        "--pazpaz.reminders.query-service-base-url=" + stack.queryBaseUrl(),
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort));
        return RemindersApplication.builder()
                // primary: it is the "now" of every bean, whether or not the default clock backs off
                .initializers(context -> ((org.springframework.beans.factory.support.BeanDefinitionRegistry)
                                context.getBeanFactory())
                        .registerBeanDefinition(
                                "movableClock",
                                org.springframework.beans.factory.support.BeanDefinitionBuilder.genericBeanDefinition(
                                                Clock.class, () -> clock)
                                        .setPrimary(true)
                                        .getBeanDefinition()))
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new));
    }

    /** A real SMTP server on {@code port} (0: a free one). */
    static GreenMail smtp(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** A client registered through the API, with a unique address; returns its id. */
    static String registerClient(Actor owner, String firstName, String email, boolean consent) {
        Api.Response registered = StackFixture.commands(owner)
                .post(
                        "/api/v1/clients",
                        Map.of(
                                "first_name",
                                firstName,
                                "last_name",
                                "Reminded",
                                "email",
                                email,
                                "consent_status",
                                consent));
        if (registered.status() != 201) {
            throw new IllegalStateException("client not registered: " + registered);
        }
        // the sender reads the client from query-service: wait until it can (read-your-writes)
        StackFixture.queries(owner)
                .withHeader("X-Consistency-Position", Long.toString(registered.position()))
                .get("/api/v1/clients/" + registered.id());
        return registered.id();
    }

    /** An appointment booked through the API, an hour long; returns its id. */
    static String book(Actor owner, String clientId, Instant start) {
        return StackFixture.book(StackFixture.commands(owner), clientId, start.toString(), 60);
    }

    static String uniqueAddress(String name) {
        return name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@reminded.test";
    }

    /** The e-mails GreenMail received for {@code address}. */
    static List<MimeMessage> mailsTo(GreenMail mail, String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                Address[] to = message.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** One reminder row of {@code schema} as column name -> text, or an empty map when there is none. */
    static Map<String, String> reminder(String schema, String appointmentId) throws SQLException {
        try (Connection db = StackFixture.database();
                PreparedStatement query =
                        db.prepareStatement("SELECT * FROM " + schema + ".reminder WHERE appointment_id = ?::uuid")) {
            query.setString(1, appointmentId);
            try (ResultSet rs = query.executeQuery()) {
                Map<String, String> row = new LinkedHashMap<>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        // timestamps as ISO instants, whatever the session's time zone
                        java.sql.Timestamp time =
                                rs.getMetaData().getColumnTypeName(i).startsWith("timestamp")
                                        ? rs.getTimestamp(i)
                                        : null;
                        row.put(
                                rs.getMetaData().getColumnName(i),
                                time != null ? time.toInstant().toString() : rs.getString(i));
                    }
                }
                return row;
            }
        }
    }

    static String status(String schema, String appointmentId) throws SQLException {
        return reminder(schema, appointmentId).get("status");
    }

    /** Waits (up to 30 s) until {@code condition} holds. */
    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Waits (up to 30 s) until the reminder of {@code appointmentId} in {@code schema} has {@code status}. */
    static void awaitStatus(String what, String schema, String appointmentId, String status) throws Exception {
        await(what, () -> status.equals(status(schema, appointmentId)));
    }

    /** Waits until {@code group} has committed offsets up to the end of every partition of the topic. */
    static void awaitCaughtUp(String group) throws Exception {
        Properties config = new Properties();
        config.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, StackFixture.stack().kafkaBootstrapServers());
        try (Admin admin = Admin.create(config)) {
            await("consumer group " + group + " caught up", () -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get();
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                admin.describeTopics(List.of(TOPIC))
                        .allTopicNames()
                        .get()
                        .get(TOPIC)
                        .partitions()
                        .forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get();
                return ends.entrySet().stream()
                        .allMatch(end -> end.getValue().offset() == 0
                                || committed.containsKey(end.getKey())
                                        && committed.get(end.getKey()).offset()
                                                >= end.getValue().offset());
            });
        }
    }
}
