package com.pazpaz.local;

import com.pazpaz.infra.eventstore.chain.ChainVerification;
import com.pazpaz.infra.eventstore.chain.EventChainVerifier;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Command-line verification of the event store's hash chains (docs/audit.md):
 * <pre>
 * java -cp local-stack/target/pazpaz-local-stack.jar -Dloader.main=com.pazpaz.local.VerifyEventChains \
 *      org.springframework.boot.loader.launch.PropertiesLauncher [--jdbc-url=…] [--user=…] [--password=…]
 *      [--workspace=&lt;id&gt;] [--published-head=&lt;workspace&gt;:&lt;sequence&gt;:&lt;hash&gt;] [--window=PT1M]
 * </pre>
 * Events committed less than the window ago may still lack their link (the chainer writes it after commit):
 * they are counted as pending; older ones without a link break the chain ({@code UNCHAINED}).
 * Needs only read access, so it also runs against a restored backup. Exit status 0 when every chain is intact.
 */
public final class VerifyEventChains {

    /** Bare-pattern logger (logback.xml): the report is this tool's output. */
    private static final Logger out = LoggerFactory.getLogger("pazpaz.ready");

    private VerifyEventChains() {}

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(options.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:54329/pazpaz"));
        dataSource.setUser(options.getOrDefault("user", "postgres"));
        dataSource.setPassword(options.getOrDefault("password", "postgres"));
        EventChainVerifier verifier = new EventChainVerifier(
                new JdbcTemplate(dataSource), "event_store", Duration.parse(options.getOrDefault("window", "PT1M")));
        List<UUID> workspaces = options.containsKey("workspace")
                ? List.of(UUID.fromString(options.get("workspace")))
                : verifier.workspaces();
        boolean intact = true;
        for (UUID workspace : workspaces) {
            ChainVerification result = verifier.verify(workspace);
            intact &= result.intact();
            out.info(
                    "{} {} events, head {} {}, {} pending{}",
                    workspace,
                    result.eventsChecked(),
                    result.headSequence(),
                    result.headHash(),
                    result.pendingEvents(),
                    result.intact() ? " INTACT" : " BROKEN first at " + result.firstBrokenLink());
        }
        if (options.containsKey("published-head")) {
            String[] head = options.get("published-head").split(":");
            boolean held = verifier.holdsPublishedHead(UUID.fromString(head[0]), Long.parseLong(head[1]), head[2]);
            intact &= held;
            out.info("published head {}: {}", options.get("published-head"), held ? "HELD" : "NOT IN THE CHAIN");
        }
        System.exit(intact ? 0 : 1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
