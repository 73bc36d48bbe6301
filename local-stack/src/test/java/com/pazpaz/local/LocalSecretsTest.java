package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services' database passwords: made with a new data directory, added to an older one, kept after that. */
class LocalSecretsTest {

    @Test
    void anOlderDataDirectoryGetsDatabasePasswordsOnceAndKeepsThem(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("secrets.properties");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                file, "token.signing.key=c2lnbmluZy1rZXk=\nplatform.admin.id=6f1c3a52-1f0e-4c4e-9d3a-3b7a2f0f9a11\n");

        LocalSecrets first = LocalSecrets.loadOrCreate(directory);
        LocalSecrets again = LocalSecrets.loadOrCreate(directory);

        assertThat(first.commandDatabasePassword()).matches("[A-Za-z0-9_-]{32}");
        assertThat(first.queryDatabasePassword())
                .matches("[A-Za-z0-9_-]{32}")
                .isNotEqualTo(first.commandDatabasePassword());
        assertThat(again).isEqualTo(first);
        assertThat(first.tokenSigningKey()).isEqualTo("c2lnbmluZy1rZXk=");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
