package com.pazpaz.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @Test
    void freshDatabasesAreDistinctAndIsolated() throws SQLException {
        String first = TestInfrastructure.freshDatabase();
        String second = TestInfrastructure.freshDatabase();
        assertThat(first).isNotEqualTo(second);
        assertThat(TestInfrastructure.postgres()).isSameAs(TestInfrastructure.postgres());

        try (Connection connection = connect(first);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_in_first (id int)");
        }
        try (Connection connection = connect(second);
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM only_in_first"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void sharedKafkaBrokerAnswers() throws Exception {
        EmbeddedKafkaBroker broker = TestInfrastructure.kafka();
        assertThat(TestInfrastructure.kafka()).isSameAs(broker);
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS))
                    .hasSize(1);
        }
    }

    private static Connection connect(String url) throws SQLException {
        EmbeddedPostgresServer server = TestInfrastructure.postgres();
        return DriverManager.getConnection(url, server.username(), server.password());
    }
}
