package com.pazpaz.infra.crypto;

import com.pazpaz.embedded.TestInfrastructure;
import com.pazpaz.infra.schema.SchemaOwner;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A migrated key vault in a fresh database of the test PostgreSQL, and rings reading it. */
final class KeyVaultFixture {

    final JdbcTemplate jdbc;
    final KeyVault vault;
    final MasterKeyFile masterKeys;

    KeyVaultFixture(Path masterKeyFile) {
        String url = TestInfrastructure.freshDatabase();
        var postgres = TestInfrastructure.postgres();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setMaximumPoolSize(4);
        new SchemaOwner(dataSource).migration("key_vault", "key-vault").migrate();
        jdbc = new JdbcTemplate(dataSource);
        vault = new KeyVault(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        masterKeys = new MasterKeyFile(masterKeyFile);
    }

    /** A ring as one service holds it: its own cache. */
    VaultKeyRing ring(Duration cacheTtl) {
        return new VaultKeyRing(vault, masterKeys, Map.of(), cacheTtl, 1000);
    }
}
