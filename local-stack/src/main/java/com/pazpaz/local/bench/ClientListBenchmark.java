package com.pazpaz.local.bench;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.client.ClientEncryption;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.local.DemoPractice;
import com.pazpaz.local.LocalStack;
import com.pazpaz.local.LocalStackConfig;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The client list of one large practice, measured in one run (docs/benchmarks/README.md):
 * <ul>
 * <li><b>rebuilt</b>: every row's stamp is changed before each list, so the index decrypts and sorts every client,
 * which is what every list request did before the index existed;</li>
 * <li><b>one client changed</b>: one row changes before each list (the index decrypts that one again);</li>
 * <li><b>unchanged</b>: the index is current, from 1 and from 8 concurrent readers.</li>
 * </ul>
 * The practice's clients are written straight into the read model and the key vault (encrypted with the
 * service's own cipher, one data key each) so that seeding 10,000 takes seconds, not the minutes the API takes.
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -cp local-stack/target/pazpaz-local-stack.jar \
 *     -Dloader.main=com.pazpaz.local.bench.ClientListBenchmark org.springframework.boot.loader.launch.PropertiesLauncher \
 *     [--clients=10000] [--seconds=5]
 * </pre>
 */
public final class ClientListBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ClientListBenchmark.class);
    private static final String[] FIRST = {"Dana", "Noa", "Yael", "Avi", "Omer", "Maya", "Lior", "Tamar", "Eitan"};
    private static final String[] LAST = {
        "Levi",
        "Cohen",
        "Mizrahi",
        "Peretz",
        "Biton",
        "Dahan",
        "Avraham",
        "Friedman",
        "Agmon",
        "Katz",
        "Shapiro",
        "Azoulay"
    };
    private static final int SEED_BATCH = 500;

    private final LocalStack stack;
    private final JdbcTemplate jdbc;
    private final Random random = new Random(7);

    private ClientListBenchmark(LocalStack stack) {
        this.stack = stack;
        this.jdbc = stack.queryService().getBean(JdbcTemplate.class);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Report.options(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "10000"));
        Duration window = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "5")));
        LocalStackConfig config = new LocalStackConfig(
                Files.createTempDirectory("pazpaz-client-list-"), 0, 0, 0, 0, null, "postgres", "postgres", null, true);
        try (LocalStack stack = LocalStack.start(config, BenchContext.UNLIMITED_READS)) {
            new ClientListBenchmark(stack).run(clients, window);
        }
        System.exit(0);
    }

    private void run(int clients, Duration window) throws Exception {
        BenchContext bench = new BenchContext(stack, 1, window, new Report(), DemoPractice.ensure(stack));
        Actor owner = bench.newPractice("Client List " + clients);
        UUID workspace = owner.workspaceId().value();
        long seeding = System.nanoTime();
        seed(workspace, clients);
        log.info("seeded {} clients in {} ms", clients, (System.nanoTime() - seeding) / 1_000_000);
        Http reader = bench.as(owner);
        String list = bench.query("/api/v1/clients?page_size=50&page=3");

        report(
                "rebuilt (every client decrypted and sorted, as before the index)",
                timed(
                        5,
                        () -> jdbc.update(
                                "UPDATE clients SET updated_at = updated_at WHERE workspace_id = ?", workspace),
                        reader,
                        list));
        List<UUID> ids = jdbc.queryForList("SELECT id FROM clients WHERE workspace_id = ?", UUID.class, workspace);
        report(
                "one client changed before each list",
                timed(
                        50,
                        () -> jdbc.update(
                                "UPDATE clients SET updated_at = now() WHERE id = ?",
                                ids.get(random.nextInt(ids.size()))),
                        reader,
                        list));
        report("unchanged, 1 reader", LoadGenerator.run(1, window, caller -> reader.get(list) == 200));
        String one = bench.query("/api/v1/clients/" + ids.get(0));
        report(
                "for comparison: a single client (also audited), 1 reader",
                LoadGenerator.run(1, window, caller -> reader.get(one) == 200));
        report(
                "for comparison: the index's stamp query alone (SQL, no HTTP)",
                LoadGenerator.run(
                        1,
                        window,
                        caller -> jdbc.queryForList(
                                                "SELECT id, xmin::text::bigint FROM clients WHERE workspace_id = ?",
                                                workspace)
                                        .size()
                                == clients));
        report("unchanged, 8 readers", LoadGenerator.run(8, window, caller -> reader.get(list) == 200));
    }

    /** Lists {@code times} times, each after {@code before} (not timed). */
    private static LoadResult timed(int times, Runnable before, Http reader, String url) throws Exception {
        long[] latencies = new long[times];
        long errors = 0;
        long total = 0;
        for (int i = 0; i < times; i++) {
            before.run();
            long start = System.nanoTime();
            if (reader.get(url) != 200) {
                errors++;
            }
            latencies[i] = System.nanoTime() - start;
            total += latencies[i];
        }
        return LoadResult.of(latencies, errors, total / 1e9);
    }

    private static void report(String label, LoadResult result) {
        log.info(
                "client list, {}: {} lists/s, p50 {} ms, p95 {} ms, errors {}",
                label,
                String.format("%.1f", result.perSecond()),
                String.format("%.1f", result.p50()),
                String.format("%.1f", result.p95()),
                result.errors());
    }

    private void seed(UUID workspace, int clients) {
        DataKeys keys = stack.queryService().getBean(DataKeys.class);
        FieldCipher cipher = stack.queryService().getBean(FieldCipher.class);
        List<Object[]> batch = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < clients; i++) {
            UUID id = UUID.randomUUID();
            keys.createFor(id, null);
            byte[] first = cipher.encrypt(
                            FIRST[random.nextInt(FIRST.length)], binding(id, ProtectedClientField.FIRST_NAME))
                    .bytes();
            byte[] last = cipher.encrypt(
                            LAST[random.nextInt(LAST.length)] + " " + i, binding(id, ProtectedClientField.LAST_NAME))
                    .bytes();
            batch.add(new Object[] {id, workspace, now, now, first, last, i % 10 != 0});
            if (batch.size() == SEED_BATCH || i == clients - 1) {
                jdbc.batchUpdate(
                        "INSERT INTO clients (id, workspace_id, consent_status, created_at, updated_at,"
                                + " first_name, last_name, is_active) VALUES (?, ?, false, ?, ?, ?, ?, ?)",
                        batch);
                batch.clear();
            }
        }
    }

    private static FieldBinding binding(UUID client, ProtectedClientField field) {
        return new FieldBinding(
                ClientEncryption.TABLE, client, field.column(), ClientEncryption.keyOwner(ClientId.of(client)));
    }
}
