package com.pazpaz.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local stack's secrets, created on first start in {@code <data>/secrets.properties}, readable by its
 * owner only: the token signing key, the platform administrator's id and the passwords of the services' database
 * users ({@link LocalDatabaseUsers}; added to older data directories on their next start). The master keys live in their own
 * file ({@link #MASTER_KEY_FILE}). Data directories created before per-client data keys also hold the one
 * field key of that time ({@code encryption.key}), still passed on so that their values stay readable.
 * Production takes these from its key service and identity provider instead.
 *
 * @param encryptionKeyLabel null in data directories created since per-client data keys
 * @param encryptionKey      null in data directories created since per-client data keys
 * @param commandDatabasePassword the password of command-service's database user
 * @param queryDatabasePassword   the password of query-service's database user
 * @param projectionDatabasePassword the password of query-service's event processing's database user
 * @param remindersDatabasePassword the password of the reminders service's database user
 */
record LocalSecrets(
        String encryptionKeyLabel,
        String encryptionKey,
        String tokenSigningKey,
        UUID platformAdminId,
        String commandDatabasePassword,
        String queryDatabasePassword,
        String projectionDatabasePassword,
        String remindersDatabasePassword) {

    static final String MASTER_KEY_FILE = "master-keys.properties";
    /**
     * The {@code iss} and {@code aud} the local stack's tokens carry and its services expect, as production's
     * identity provider and API name would be (not secrets: the signing key is).
     */
    static final String TOKEN_ISSUER = "pazpaz-local-stack";

    static final String TOKEN_AUDIENCE = "pazpaz-api";
    private static final String FILE = "secrets.properties";
    private static final String COMMAND_DATABASE_PASSWORD = "database.command.password";
    private static final String QUERY_DATABASE_PASSWORD = "database.query.password";
    private static final String PROJECTION_DATABASE_PASSWORD = "database.projection.password";
    private static final String REMINDERS_DATABASE_PASSWORD = "database.reminders.password";

    static LocalSecrets loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                write(file, create());
            }
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            if (addDatabasePasswords(properties)) {
                store(file, properties);
            }
            return new LocalSecrets(
                    properties.getProperty("encryption.key.label"),
                    properties.getProperty("encryption.key"),
                    properties.getProperty("token.signing.key"),
                    UUID.fromString(properties.getProperty("platform.admin.id")),
                    properties.getProperty(COMMAND_DATABASE_PASSWORD),
                    properties.getProperty(QUERY_DATABASE_PASSWORD),
                    properties.getProperty(PROJECTION_DATABASE_PASSWORD),
                    properties.getProperty(REMINDERS_DATABASE_PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    /**
     * The key that signs attachment download links: derived from the token signing key (HMAC with a fixed
     * label), so existing data directories need no new secret and the two keys are still independent.
     */
    String downloadLinkSecret() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(tokenSigningKey), "HmacSHA256"));
            return Base64.getEncoder()
                    .encodeToString(
                            mac.doFinal("pazpaz attachment download links".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Properties create() {
        SecureRandom random = new SecureRandom();
        Properties properties = new Properties();
        properties.setProperty("token.signing.key", randomKey(random));
        properties.setProperty("platform.admin.id", UUID.randomUUID().toString());
        addDatabasePasswords(properties);
        return properties;
    }

    /**
     * The services' database passwords, for a new data directory or one created before the services had users
     * of their own; true when any was missing. URL-safe characters only: they are written into SQL literals.
     */
    private static boolean addDatabasePasswords(Properties properties) {
        boolean added = false;
        for (String name : new String[] {
            COMMAND_DATABASE_PASSWORD,
            QUERY_DATABASE_PASSWORD,
            PROJECTION_DATABASE_PASSWORD,
            REMINDERS_DATABASE_PASSWORD
        }) {
            if (properties.getProperty(name) == null) {
                byte[] password = new byte[24];
                new SecureRandom().nextBytes(password);
                properties.setProperty(
                        name, Base64.getUrlEncoder().withoutPadding().encodeToString(password));
                added = true;
            }
        }
        return added;
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void write(Path file, Properties properties) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        store(file, properties);
    }

    /** Overwrites the (already private) file in place, keeping its permissions. */
    private static void store(Path file, Properties properties) throws IOException {
        try (var writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "PazPaz local stack secrets - keep private; losing them loses the data");
        }
    }
}
