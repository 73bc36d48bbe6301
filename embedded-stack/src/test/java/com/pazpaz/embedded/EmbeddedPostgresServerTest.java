package com.pazpaz.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsDataAcrossRestartsAndHonoursTheDurabilityMode() throws SQLException {
        String url;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, true)) {
            url = server.createDatabaseIfMissing("practice");
            assertThat(url).isEqualTo("jdbc:postgresql://localhost:" + server.port() + "/practice");
            assertThat(server.createDatabaseIfMissing("practice")).isEqualTo(url);
            try (Connection connection = connect(server, url);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE client (name text)");
                statement.execute("INSERT INTO client VALUES ('Dana')");
                assertThat(setting(statement, "fsync")).isEqualTo("on");
                assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
            }
        }

        // Same directory, new free port, test mode: the cluster is re-opened, not re-initialized.
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, false)) {
            String reopened = server.createDatabaseIfMissing("practice");
            try (Connection connection = connect(server, reopened);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT name FROM client")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Dana");
                assertThat(rows.next()).isFalse();
                assertThat(setting(statement, "fsync")).isEqualTo("off");
            }
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String url) throws SQLException {
        return DriverManager.getConnection(url, server.username(), server.password());
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
