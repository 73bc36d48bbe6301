package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenClaims;
import com.pazpaz.query.isolation.EveryPractice;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Row-level security holds below the application's own workspace filters (issue 13, decision 101): queries
 * that leave the filter out, run through query-service's own data source and transactions, still see only the
 * workspace the caller's token names, and nothing at all when no workspace is named.
 */
class ReadRowSecurityTest {

    private static Actor practiceA;
    private static Actor practiceB;

    @BeforeAll
    static void twoPracticesWithALocationEach() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        practiceA = StackFixture.newPractice("Rls A " + suffix);
        practiceB = StackFixture.newPractice("Rls B " + suffix);
        String last = null;
        for (Actor practice : List.of(practiceA, practiceB)) {
            Api.Response created = StackFixture.commands(practice)
                    .post("/api/v1/locations", Map.of("name", "Room " + suffix, "location_type", "online"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            last = created.id();
        }
        StackFixture.awaitProcessorsPast(StackFixture.latestPosition(last));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aQueryWithoutTheWorkspaceFilterSeesOnlyTheTokensWorkspace() throws SQLException {
        assertThat(StackFixture.count("locations WHERE workspace_id = '"
                        + practiceB.workspaceId().value() + "'"))
                .as("practice B's location is there (seen as the owner)")
                .isEqualTo(1);
        signInAs(practiceA);

        List<String> workspaces = inServiceTransaction(
                jdbc -> jdbc.queryForList("SELECT DISTINCT workspace_id::text FROM locations", String.class));
        long repositoryRows = inServiceTransaction(jdbc -> {
            CrudRepository<?, ?> locations = (CrudRepository<?, ?>) query().getBean("locationRows");
            return locations.count();
        });

        assertThat(workspaces).containsExactly(practiceA.workspaceId().value().toString());
        assertThat(repositoryRows).as("the repository's unfiltered count").isEqualTo(1);
    }

    @Test
    void noWorkspaceNamedMeansNoRows() throws SQLException {
        assertThat(StackFixture.count("locations")).isGreaterThanOrEqualTo(2);

        long inTransaction =
                inServiceTransaction(jdbc -> jdbc.queryForObject("SELECT count(*) FROM locations", Long.class));
        long withoutTransaction = new JdbcTemplate(query().getBean(DataSource.class))
                .queryForObject("SELECT count(*) FROM locations", Long.class);
        signInAs(practiceA);
        long outsideATransactionEvenWithAToken = new JdbcTemplate(query().getBean(DataSource.class))
                .queryForObject("SELECT count(*) FROM locations", Long.class);

        assertThat(inTransaction).isZero();
        assertThat(withoutTransaction).isZero();
        assertThat(outsideATransactionEvenWithAToken)
                .as("the setting is made at a transaction's begin, so a read outside one sees nothing")
                .isZero();
    }

    @Test
    void theEventProcessingSeesEveryPracticeAsItsOwnRole() throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(query().getBean(DataSource.class));
        String role = EveryPractice.call(() -> jdbc.queryForObject("SELECT current_user", String.class));
        Long rows = EveryPractice.call(() -> jdbc.queryForObject("SELECT count(*) FROM locations", Long.class));

        assertThat(role).isEqualTo(LocalDatabaseUsers.PROJECTION);
        assertThat(rows).isEqualTo(StackFixture.count("locations"));
    }

    @Test
    void everyReadTableWithAWorkspaceIsForcedUnderThePolicy() throws SQLException {
        try (Connection db = StackFixture.database();
                var unprotected = db.createStatement().executeQuery("""
                     SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname = 'public' AND c.relkind = 'r'
                        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                                       AND a.attname = 'workspace_id' AND NOT a.attisdropped)
                        AND NOT (c.relrowsecurity AND c.relforcerowsecurity AND EXISTS (SELECT 1 FROM pg_policy p
                                 WHERE p.polrelid = c.oid AND p.polname = 'workspace_isolation'))""")) {
            assertThat(unprotected.next())
                    .as("a read table with workspace_id and no forced policy")
                    .isFalse();
        }
        assertThat(StackFixture.count("pg_tables WHERE schemaname = 'public' AND rowsecurity"))
                .isGreaterThan(10);
    }

    private static void signInAs(Actor actor) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "HS256")
                .subject(actor.userId().value().toString())
                .claim(TokenClaims.WORKSPACE_ID, actor.workspaceId().value().toString())
                .claim(TokenClaims.ROLE, actor.role().claim())
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private static <T> T inServiceTransaction(java.util.function.Function<JdbcTemplate, T> work) {
        JdbcTemplate jdbc = new JdbcTemplate(query().getBean(DataSource.class));
        return new TransactionTemplate(query().getBean(PlatformTransactionManager.class))
                .execute(status -> work.apply(jdbc));
    }

    private static ConfigurableApplicationContext query() {
        return StackFixture.stack().queryService();
    }
}
