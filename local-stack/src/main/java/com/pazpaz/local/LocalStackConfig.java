package com.pazpaz.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings of the local stack, from environment variables (README, "Configuration").
 *
 * @param dataDirectory      where PostgreSQL, Kafka, keys and tokens live; survives restarts
 * @param commandPort        command-service HTTP port (0 = any free port)
 * @param queryPort          query-service HTTP port (0 = any free port)
 * @param postgresPort       port of the embedded PostgreSQL (0 = any free port)
 * @param kafkaPort          port of the embedded broker (0 = any free port)
 * @param externalJdbcUrl    use this PostgreSQL instead of starting one (null = embedded)
 * @param jdbcUser           user for the external PostgreSQL
 * @param jdbcPassword       password for the external PostgreSQL
 * @param externalKafka      use these bootstrap servers instead of starting a broker (null = embedded)
 * @param durablePostgres    fsync and synchronous_commit on (off only for throw-away test stacks)
 * @param reminders          whether the reminders service and its SMTP server start too
 * @param remindersPort      reminders service HTTP port (0 = any free port)
 * @param smtpPort           port of the local SMTP server the reminders are sent to (0 = any free port)
 */
public record LocalStackConfig(
        Path dataDirectory,
        int commandPort,
        int queryPort,
        int postgresPort,
        int kafkaPort,
        String externalJdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        String externalKafka,
        boolean durablePostgres,
        boolean reminders,
        int remindersPort,
        int smtpPort) {

    /** Core alone, without the reminders service: what the benchmark and the outage drill measure. */
    public LocalStackConfig(
            Path dataDirectory,
            int commandPort,
            int queryPort,
            int postgresPort,
            int kafkaPort,
            String externalJdbcUrl,
            String jdbcUser,
            String jdbcPassword,
            String externalKafka,
            boolean durablePostgres) {
        this(
                dataDirectory,
                commandPort,
                queryPort,
                postgresPort,
                kafkaPort,
                externalJdbcUrl,
                jdbcUser,
                jdbcPassword,
                externalKafka,
                durablePostgres,
                false,
                0,
                0);
    }

    static LocalStackConfig fromEnvironment(Map<String, String> env) {
        return new LocalStackConfig(
                Path.of(env.getOrDefault("PAZPAZ_DATA_DIR", "data")).toAbsolutePath(),
                port(env, "PAZPAZ_COMMAND_PORT", 8081),
                port(env, "PAZPAZ_QUERY_PORT", 8082),
                port(env, "PAZPAZ_PG_PORT", 54329),
                port(env, "PAZPAZ_KAFKA_PORT", 19092),
                env.get("PAZPAZ_JDBC_URL"),
                env.getOrDefault("PAZPAZ_JDBC_USER", "postgres"),
                env.getOrDefault("PAZPAZ_JDBC_PASSWORD", "postgres"),
                env.get("PAZPAZ_KAFKA_BOOTSTRAP_SERVERS"),
                true,
                !"false"
                        .equalsIgnoreCase(
                                env.getOrDefault("PAZPAZ_REMINDERS", "true").trim()),
                port(env, "PAZPAZ_REMINDERS_PORT", 8083),
                port(env, "PAZPAZ_SMTP_PORT", 3025));
    }

    /** A throw-away stack for tests: its own directory, free ports, fast (non-durable) PostgreSQL. */
    public static LocalStackConfig forTests(Path dataDirectory) {
        return new LocalStackConfig(dataDirectory, 0, 0, 0, 0, null, "postgres", "postgres", null, false, true, 0, 0);
    }

    static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number");
        }
    }
}
