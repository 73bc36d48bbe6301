package com.pazpaz.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A reference-shaped database (the reference's DDL, src/test/resources/reference-db) in the stack's PostgreSQL, as
 * a separate database, and the reference's way of encrypting a value (schema.md §5.3): AES-256-GCM without
 * associated data, {@code nonce ‖ ciphertext ‖ tag}, optionally prefixed with {@code vN:}.
 */
final class ReferenceDatabase {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;

    private ReferenceDatabase(String url) {
        this.url = url;
    }

    /** A new empty database with the reference's tables, constraints, triggers and helper functions. */
    static ReferenceDatabase create() throws SQLException, IOException {
        String name = "reference_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        ReferenceDatabase reference = new ReferenceDatabase(StackFixture.stack().jdbcUrlOf(name));
        try (Connection db = reference.connection();
                Statement statement = db.createStatement()) {
            statement.execute(resource("reference-db/schema.sql"));
            statement.execute(resource("reference-db/pgcrypto_helpers.sql"));
        }
        return reference;
    }

    DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(
                url, StackFixture.stack().jdbcUser(), StackFixture.stack().jdbcPassword());
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(
                url, StackFixture.stack().jdbcUser(), StackFixture.stack().jdbcPassword());
    }

    /** Runs one statement with its parameters in order. */
    void insert(String sql, Object... parameters) throws SQLException {
        try (Connection db = connection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** {@code prefix} + nonce ‖ ciphertext ‖ tag; {@code prefix} is "" for the legacy layout, "v1:" for version 1. */
    static byte[] encrypted(SecretKey key, String prefix, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
            byte[] stored = new byte[head.length + nonce.length + sealed.length];
            System.arraycopy(head, 0, stored, 0, head.length);
            System.arraycopy(nonce, 0, stored, head.length, nonce.length);
            System.arraycopy(sealed, 0, stored, head.length + nonce.length, sealed.length);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ReferenceDatabase.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
