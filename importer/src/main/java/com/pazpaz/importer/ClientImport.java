package com.pazpaz.importer;

import com.pazpaz.command.client.ClientFieldEncryptor;
import com.pazpaz.infra.crypto.FieldDecryptionException;
import com.pazpaz.infra.crypto.ReferenceCiphertextDecoder;
import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.client.ClientTags;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.client.RegisterClientCommand;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clients: each protected field decrypted with the reference's keys and encrypted again with the client's own new
 * data key, in the register command's transaction. The reference's plaintext {@code notes} and {@code tags} are
 * protected here.
 */
final class ClientImport {

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    private final ReferenceCiphertextDecoder decoder;
    private final ClientFieldEncryptor encryptor;
    private final ImportedPractices practices;

    ClientImport(
            JdbcTemplate reference,
            ImportSteps steps,
            ReferenceCiphertextDecoder decoder,
            ClientFieldEncryptor encryptor,
            ImportedPractices practices) {
        this.reference = reference;
        this.steps = steps;
        this.decoder = decoder;
        this.encryptor = encryptor;
        this.practices = practices;
    }

    void importAll() {
        ReferenceTable.of(reference, steps, practices, "clients").importEach(this::client);
    }

    private BooleanSupplier client(ReferenceTable.Row row) throws SQLException {
        if (row.isDone("registered")) {
            return () -> true; // not decrypted again
        }
        ResultSet rs = row.columns();
        Map<ProtectedClientField, String> values = new EnumMap<>(ProtectedClientField.class);
        try {
            for (ProtectedClientField field : ProtectedClientField.values()) {
                String plaintext = referencePlaintext(rs, field);
                if (plaintext != null) {
                    values.put(field, plaintext);
                }
            }
        } catch (FieldDecryptionException e) {
            return row.skipped(e.getMessage());
        }
        boolean consent = rs.getBoolean("consent_status");
        boolean active = rs.getBoolean("is_active");
        Instant createdAt = row.time("created_at");
        ClientId clientId = ClientId.of(row.id());
        WorkspaceId workspace = WorkspaceId.of(row.workspaceId());
        return () -> row.run("registered", row.owner(), createdAt, clientId, () -> {
            encryptor.createKeyForNewClient(clientId);
            ClientDetails details = ClientDetails.of(encryptor.encrypt(clientId, values), consent);
            return new RegisterClientCommand(clientId, workspace, details, active, createdAt);
        });
    }

    /** The reference's {@code notes} and {@code tags} are plaintext columns; its other fields are ciphertext. */
    private String referencePlaintext(ResultSet rs, ProtectedClientField field) throws SQLException {
        return switch (field) {
            case NOTES -> rs.getString("notes");
            case TAGS -> tags(rs.getArray("tags"));
            default -> decoder.decode(rs.getBytes(field.column()));
        };
    }

    private static String tags(Array array) throws SQLException {
        return array == null ? null : ClientTags.toPlaintext(Arrays.asList((String[]) array.getArray()));
    }
}
