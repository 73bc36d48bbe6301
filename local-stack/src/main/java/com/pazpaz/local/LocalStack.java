package com.pazpaz.local;

import com.pazpaz.command.CommandServiceApplication;
import com.pazpaz.embedded.Directories;
import com.pazpaz.embedded.EmbeddedKafkaBroker;
import com.pazpaz.embedded.EmbeddedPostgresServer;
import com.pazpaz.infra.crypto.MasterKeyFile;
import com.pazpaz.local.mail.LocalMailServer;
import com.pazpaz.query.QueryServiceApplication;
import com.pazpaz.reminders.RemindersApplication;
import com.pazpaz.reminders.RemindersProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts PostgreSQL, Kafka, both services and (unless the config leaves it out) the reminders service with its SMTP
 * server in this JVM, and stops them in reverse order. Used by {@link LocalStackMain} and by the end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {

    private final LocalStackConfig config;
    private final LocalSecrets secrets;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private ConfigurableApplicationContext commandService;
    private ConfigurableApplicationContext queryService;
    private ConfigurableApplicationContext reminders;
    private LocalMailServer mailServer;
    private String jdbcUrl;
    private String kafkaBootstrapServers;
    private boolean throwaway;

    private final List<String> extraArguments;

    private LocalStack(LocalStackConfig config, List<String> extraArguments) {
        this.config = config;
        this.extraArguments = extraArguments;
        createDirectory();
        this.secrets = LocalSecrets.loadOrCreate(config.dataDirectory());
        // created here, before either service starts, so that both read the same first version
        new MasterKeyFile(masterKeyFile());
    }

    /** Starts the stack; {@code extraArguments} ({@code --name=value}) go to both services. */
    public static LocalStack start(LocalStackConfig config, String... extraArguments) {
        LocalStack stack = new LocalStack(config, List.of(extraArguments));
        try {
            stack.startInfrastructure();
            stack.startServices();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure() {
        CompletableFuture<Void> database = CompletableFuture.runAsync(() -> {
            if (config.externalJdbcUrl() != null) {
                jdbcUrl = config.externalJdbcUrl();
            } else {
                postgres = EmbeddedPostgresServer.start(
                        config.dataDirectory().resolve("postgres"), config.postgresPort(), config.durablePostgres());
                postgres.stopOnlyWhenClosed();
                jdbcUrl = postgres.createDatabaseIfMissing("pazpaz");
            }
        });
        CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> {
            if (config.externalKafka() != null) {
                kafkaBootstrapServers = config.externalKafka();
            } else {
                kafka = EmbeddedKafkaBroker.start(config.dataDirectory().resolve("kafka"), config.kafkaPort());
                kafka.stopOnlyWhenClosed();
                kafkaBootstrapServers = kafka.bootstrapServers();
            }
        });
        CompletableFuture.allOf(database, broker).join();
        LocalDatabaseUsers.ensure(jdbcUrl, username(), password(), secrets);
    }

    private void startServices() {
        // command-service first: it answers with query-service's URL in Location headers, so that port
        // must be known; with port 0 it is only known after start, hence query-service goes first.
        queryService =
                run(QueryServiceApplication.class, QueryServiceApplication.builder(), config.queryPort(), List.of());
        commandService = run(
                CommandServiceApplication.class,
                CommandServiceApplication.builder(),
                config.commandPort(),
                List.of("--pazpaz.query-service.base-url=" + queryBaseUrl()));
        if (config.reminders()) {
            startReminders();
        }
    }

    /**
     * The reminders service, a consumer of the topic like an outside team's would be, with its own tables in the
     * same PostgreSQL; it reads a client's contact details from query-service at send time and sends to the local
     * SMTP server, whose messages land in {@code <data>/mailbox}.
     */
    private void startReminders() {
        mailServer = LocalMailServer.start(config.smtpPort(), config.dataDirectory());
        reminders = run(
                RemindersApplication.class,
                RemindersApplication.builder(),
                config.remindersPort(),
                List.of(
                        "--pazpaz.reminders.query-service-base-url=" + queryBaseUrl(),
                        "--spring.mail.host=localhost",
                        "--spring.mail.port=" + mailServer.port()));
    }

    /**
     * A second command-service instance on the same database and broker, on a free port: the way production
     * scales command handling out. The caller closes it.
     */
    public ConfigurableApplicationContext startAnotherCommandService() {
        return run(
                CommandServiceApplication.class,
                CommandServiceApplication.builder(),
                0,
                List.of("--pazpaz.query-service.base-url=" + queryBaseUrl()));
    }

    /** Base URL of a service context started by this stack. */
    public static String baseUrlOf(ConfigurableApplicationContext context) {
        return "http://localhost:" + port(context);
    }

    private ConfigurableApplicationContext run(
            Class<?> application, SpringApplicationBuilder builder, int port, List<String> extra) {
        return builder.registerShutdownHook(false)
                .run(serviceArguments(application, port, extra).toArray(String[]::new));
    }

    /**
     * The arguments {@code application} (command- or query-service) is started with: its port, this stack's
     * database (as the service's own user; migrations as the owner), broker, keys and token secret, then
     * {@code extra} and the stack's own extra arguments. The benchmark starts services in JVMs of their own with
     * them.
     */
    public List<String> serviceArguments(Class<?> application, int port, List<String> extra) {
        boolean command = application == CommandServiceApplication.class;
        boolean query = application == QueryServiceApplication.class;
        // the reminders consumer is an outside team's service: a user of its own that owns only its own schema
        String user =
                command ? LocalDatabaseUsers.COMMAND : query ? LocalDatabaseUsers.QUERY : LocalDatabaseUsers.REMINDERS;
        String userPassword = command
                ? secrets.commandDatabasePassword()
                : query ? secrets.queryDatabasePassword() : secrets.remindersDatabasePassword();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + userPassword,
                "--spring.flyway.user=" + username(),
                "--spring.flyway.password=" + password(),
                "--pazpaz.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                "--pazpaz.encryption.master-key-file=" + masterKeyFile(),
                "--pazpaz.blobs.directory=" + blobDirectory(),
                "--pazpaz.attachments.download-links.secret=" + secrets.downloadLinkSecret(),
                "--pazpaz.security.jwt.hmac-secret=" + secrets.tokenSigningKey(),
                "--pazpaz.security.jwt.issuer=" + LocalSecrets.TOKEN_ISSUER,
                "--pazpaz.security.jwt.audience=" + LocalSecrets.TOKEN_AUDIENCE,
                // the reminders service reads contacts as a user of no practice (decision 168)
                "--pazpaz.security.jwt.service-user-ids=" + RemindersProperties.DEFAULT_SERVICE_USER_ID));
        if (query) {
            args.add("--pazpaz.jdbc.projection.username=" + LocalDatabaseUsers.PROJECTION);
            args.add("--pazpaz.jdbc.projection.password=" + secrets.projectionDatabasePassword());
        }
        if (secrets.encryptionKey() != null) {
            args.add("--pazpaz.encryption.keys." + secrets.encryptionKeyLabel() + "=" + secrets.encryptionKey());
        }
        args.addAll(extra);
        args.addAll(extraArguments);
        return args;
    }

    /** The owner the stack was given (locally the embedded cluster's superuser): tests inspect as it. */
    public String jdbcUser() {
        return username();
    }

    public String jdbcPassword() {
        return password();
    }

    private String username() {
        return postgres != null ? postgres.username() : config.jdbcUser();
    }

    private String password() {
        return postgres != null ? postgres.password() : config.jdbcPassword();
    }

    public String commandBaseUrl() {
        return "http://localhost:" + port(commandService);
    }

    public String queryBaseUrl() {
        return "http://localhost:" + port(queryService);
    }

    /** The base URLs of the stack's HTTP services, command-service first (the API portal's order). */
    public List<String> serviceBaseUrls() {
        List<String> urls = new ArrayList<>(List.of(commandBaseUrl(), queryBaseUrl()));
        if (reminders != null) {
            urls.add(remindersBaseUrl());
        }
        return urls;
    }

    /** The reminders service's base URL; null when this stack runs without it. */
    public String remindersBaseUrl() {
        return reminders == null ? null : "http://localhost:" + port(reminders);
    }

    public ConfigurableApplicationContext reminders() {
        return reminders;
    }

    /** The SMTP server the reminders are sent to; null when this stack runs without the reminders service. */
    public LocalMailServer mailServer() {
        return mailServer;
    }

    public java.nio.file.Path dataDirectory() {
        return config.dataDirectory();
    }

    /** Where this stack keeps the encrypted contents of attachments. */
    public java.nio.file.Path blobDirectory() {
        return config.dataDirectory().resolve("blobs");
    }

    /** The master keys of this stack: a properties file readable by its owner only. */
    public java.nio.file.Path masterKeyFile() {
        return config.dataDirectory().resolve(LocalSecrets.MASTER_KEY_FILE);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The JDBC URL of another database on the stack's server, with the same parameters (its socket, say). */
    public String jdbcUrlOf(String databaseName) {
        int query = jdbcUrl.indexOf('?');
        String withoutParameters = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        return withoutParameters.substring(0, withoutParameters.lastIndexOf('/') + 1)
                + databaseName
                + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    LocalSecrets secrets() {
        return secrets;
    }

    /** The local platform administrator's user id (tokens for it are in {@code platform-admin.token}). */
    public java.util.UUID platformAdminId() {
        return secrets.platformAdminId();
    }

    public ConfigurableApplicationContext commandService() {
        return commandService;
    }

    public ConfigurableApplicationContext queryService() {
        return queryService;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    private void createDirectory() {
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + config.dataDirectory(), e);
        }
    }

    /** Stops everything, newest first; safe to call twice and after a failed start. */
    @Override
    public synchronized void close() {
        closeQuietly(reminders);
        reminders = null;
        if (mailServer != null) {
            mailServer.close();
            mailServer = null;
        }
        closeQuietly(commandService);
        commandService = null;
        closeQuietly(queryService);
        queryService = null;
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (throwaway) {
            Directories.deleteQuietly(config.dataDirectory());
        }
    }

    /**
     * Deletes the stack's data directory once the stack is closed: for the benchmarks' stacks, each of which fills
     * a new temporary directory with gigabytes that no one reads again.
     */
    public LocalStack deletingItsDataWhenClosed() {
        throwaway = true;
        return this;
    }

    private static void closeQuietly(ConfigurableApplicationContext context) {
        if (context != null && context.isActive()) {
            context.close();
        }
    }
}
