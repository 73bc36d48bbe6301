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
            assertThat(url)
                    .isEqualTo("jdbc:postgresql://localhost:" + server.port() + "/practice"
                            + "?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg&socketFactoryArg="
                            + dataDirectory.toAbsolutePath().normalize().resolve(".s.PGSQL." + server.port()));
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

    /** The URL goes through the cluster's own socket (no client address); outside clients still have TCP. */
    @Test
    void connectsThroughTheClustersSocketAndStillListensOnTcp() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, false)) {
            String url = server.createDatabaseIfMissing("practice");
            try (Connection connection = connect(server, url);
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT inet_client_addr() IS NULL"))
                        .isEqualTo("t");
                assertThat(setting(statement, "unix_socket_directories"))
                        .isEqualTo(dataDirectory.toAbsolutePath().normalize().toString());
            }
            String tcp = "jdbc:postgresql://localhost:" + server.port() + "/practice";
            try (Connection connection = connect(server, tcp);
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT host(inet_client_addr())")).isIn("127.0.0.1", "::1");
            }
        }
    }

    /** A data directory whose socket path the kernel could not hold: PostgreSQL keeps its default, TCP is used. */
    @Test
    void aDataDirectoryTooDeepForASocketIsReachedOverTcp() throws SQLException {
        Path deep = dataDirectory.resolve("d".repeat(60)).resolve("e".repeat(60));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(deep, 0, false)) {
            String url = server.createDatabaseIfMissing("practice");
            assertThat(url).isEqualTo("jdbc:postgresql://localhost:" + server.port() + "/practice");
            try (Connection connection = connect(server, url);
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT inet_client_addr() IS NULL"))
                        .isEqualTo("f");
            }
        }
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
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
