package com.pazpaz.infra.crypto;

import com.pazpaz.embedded.EmbeddedPostgresServer;
import com.pazpaz.infra.schema.SchemaOwner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A key vault on a throw-away embedded PostgreSQL, one per benchmark JVM, and a ring reading it. */
final class BenchmarkVault {

    private static BenchmarkVault shared;

    private final VaultKeyRing ring;
    private final KeyVault vault;
    private final MasterKeyFile masterKeys;

    private BenchmarkVault() {
        try {
            Path directory = Files.createTempDirectory("pazpaz-bench-");
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(directory.resolve("pg"), 0, false);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
            String url = postgres.createDatabaseIfMissing("bench");
            // one connection, kept open: a service's pool does not connect per query either
            SingleConnectionDataSource dataSource =
                    new SingleConnectionDataSource(url, postgres.username(), postgres.password(), true);
            new SchemaOwner(dataSource).migration("key_vault", "key-vault").migrate();
            vault = new KeyVault(
                    new JdbcTemplate(dataSource),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
            masterKeys = new MasterKeyFile(directory.resolve("master-keys.properties"));
            ring = new VaultKeyRing(vault, masterKeys, Map.of(), Duration.ofMinutes(5), 10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized BenchmarkVault shared() {
        if (shared == null) {
            shared = new BenchmarkVault();
        }
        return shared;
    }

    VaultKeyRing ring() {
        return ring;
    }

    KeyVault vault() {
        return vault;
    }

    MasterKeyFile masterKeys() {
        return masterKeys;
    }
}
