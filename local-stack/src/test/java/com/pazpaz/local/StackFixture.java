package com.pazpaz.local;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.workspace.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One whole local stack (real PostgreSQL, real Kafka broker, both services) shared by the end-to-end tests of
 * this JVM, in a throw-away directory, started on first use and stopped when the JVM exits.
 */
final class StackFixture {

    private static LocalStack stack;
    private static Actor demoOwner;

    private StackFixture() {}

    static synchronized LocalStack stack() {
        if (stack == null) {
            try {
                Path directory = Files.createTempDirectory("pazpaz-e2e-");
                stack = LocalStack.start(
                        LocalStackConfig.forTests(directory),
                        "--pazpaz.consistency.max-wait=2s",
                        // small batches, so that a rotation in a test spans many transactions
                        "--pazpaz.encryption.rotation-batch-size=10");
                demoOwner = DemoPractice.ensure(stack);
                stack.deletingItsDataWhenClosed();
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return stack;
    }

    static Actor demoOwner() {
        stack();
        return demoOwner;
    }

    static String tokenFor(Actor actor) {
        return stack().commandService().getBean(TokenIssuer.class).issue(actor);
    }

    /** query-service's read-model processor, for tests that stop it for a while. */
    static org.axonframework.eventhandling.EventProcessor readModel() {
        return stack().queryService()
                .getBean(org.axonframework.config.EventProcessingConfiguration.class)
                .eventProcessor(com.pazpaz.query.common.ReadModel.PROCESSING_GROUP)
                .orElseThrow();
    }

    static Api commands(Actor actor) {
        return new Api(stack().commandBaseUrl(), tokenFor(actor));
    }

    static Api queries(Actor actor) {
        return new Api(stack().queryBaseUrl(), tokenFor(actor));
    }

    /** The reminders service of the stack, called as {@code actor}. */
    static Api reminders(Actor actor) {
        return new Api(stack().remindersBaseUrl(), tokenFor(actor));
    }

    static Actor platformAdmin() {
        return new Actor(UserId.of(stack().secrets().platformAdminId()), null, Role.PLATFORM_ADMIN);
    }

    /** Opens a second practice through the API, as a script would, and returns its owner. */
    static Actor newPractice(String name) {
        Api admin = commands(platformAdmin());
        Api.Response created = admin.post(
                "/api/v1/workspaces",
                Map.of(
                        "name",
                        name,
                        "owner_email",
                        "owner@" + name.toLowerCase().replace(' ', '-') + ".test",
                        "owner_full_name",
                        "Owner of " + name));
        if (created.status() != 201) {
            throw new IllegalStateException("workspace not created: " + created);
        }
        // the tests sign the owner's tokens themselves (tokenFor): minting through /api/v1/dev/tokens would put
        // a TokenMintedEvent into every practice's events (DevTokenAuditEndToEndTest covers the route)
        return new Actor(
                UserId.of(created.json().get("owner_user_id").asText()),
                com.pazpaz.kernel.ids.WorkspaceId.of(created.id()),
                Role.OWNER);
    }

    /** An assistant added to the owner's practice through the API, as an owner would. */
    static Actor addAssistant(Actor owner) {
        Api.Response added = commands(owner)
                .post(
                        "/api/v1/users",
                        java.util.Map.of(
                                "email", "assistant-" + UUID.randomUUID() + "@staff.test", "full_name", "Assistant"));
        if (added.status() != 201) {
            throw new IllegalStateException("assistant not added: " + added);
        }
        return new Actor(UserId.of(added.id()), owner.workspaceId(), Role.ASSISTANT);
    }

    /** An appointment at the clinic booked through the API, {@code minutes} long from {@code start}; returns its id. */
    static String book(Api commands, String clientId, String start, int minutes) {
        Api.Response booked = commands.post(
                "/api/v1/appointments",
                Map.of(
                        "client_id",
                        clientId,
                        "scheduled_start",
                        start,
                        "scheduled_end",
                        Instant.parse(start).plus(Duration.ofMinutes(minutes)).toString(),
                        "location_type",
                        "clinic"));
        if (booked.status() != 201) {
            throw new IllegalStateException("appointment not booked: " + booked);
        }
        return booked.id();
    }

    /** Rows matching {@code "<table> WHERE <condition>"}. */
    static long count(String tableAndCondition) throws SQLException {
        try (Connection db = database();
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + tableAndCondition)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The one text value a query answers. */
    static String single(String sql) throws SQLException {
        try (Connection db = database();
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rs.getString(1);
        }
    }

    /** The global position of a record's latest event, for read-your-writes after a command without a response. */
    static long latestPosition(String aggregateId) throws SQLException {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT max(global_index) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")) {
            query.setString(1, aggregateId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Waits until every event processor of both services has handled the events up to {@code position}, so that a
     * test which then damages stored events (EventChainTamperTest) leaves no processor to trip over them.
     */
    static void awaitProcessorsPast(long position) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (processorsPast(stack().commandService(), position)
                    && processorsPast(stack().queryService(), position)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the event processors did not pass position " + position + " in 30 s");
    }

    private static boolean processorsPast(org.springframework.context.ApplicationContext service, long position) {
        return service
                .getBean(org.axonframework.config.EventProcessingConfiguration.class)
                .eventProcessors()
                .values()
                .stream()
                .filter(org.axonframework.eventhandling.StreamingEventProcessor.class::isInstance)
                .map(org.axonframework.eventhandling.StreamingEventProcessor.class::cast)
                .allMatch(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                                .allMatch(segment -> !segment.isErrorState()
                                        && segment.getCurrentPosition().orElse(-1) >= position));
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(stack().jdbcUrl(), stack().jdbcUser(), stack().jdbcPassword());
    }
}
