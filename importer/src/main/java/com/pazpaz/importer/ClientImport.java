package com.pazpaz.importer;

import com.pazpaz.command.client.ClientFieldEncryptor;
import com.pazpaz.importer.ImportSteps.Act;
import com.pazpaz.infra.crypto.FieldDecryptionException;
import com.pazpaz.infra.crypto.ReferenceCiphertextDecoder;
import com.pazpaz.kernel.client.ClientDetails;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clients: each protected field decrypted with the reference's keys and encrypted again with the client's own new
 * data key, in the register command's transaction. The reference's plaintext {@code notes} is protected here.
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
        reference.query("SELECT * FROM clients ORDER BY created_at, id", rs -> {
            client(rs);
        });
    }

    private void client(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID workspaceId = rs.getObject("workspace_id", UUID.class);
        UUID owner = practices.ownerFor("clients", id, workspaceId);
        if (owner == null) {
            return;
        }
        if (steps.isDone("clients", id, "registered")) {
            steps.row("clients", () -> true);
            return;
        }
        Map<ProtectedClientField, String> values = new EnumMap<>(ProtectedClientField.class);
        try {
            for (ProtectedClientField field : ProtectedClientField.values()) {
                String plaintext = field == ProtectedClientField.NOTES
                        ? rs.getString("notes")
                        : decoder.decode(rs.getBytes(field.column()));
                if (plaintext != null) {
                    values.put(field, plaintext);
                }
            }
        } catch (FieldDecryptionException e) {
            steps.report().skipped("clients", id, e.getMessage());
            return;
        }
        boolean consent = rs.getBoolean("consent_status");
        boolean active = rs.getBoolean("is_active");
        List<String> tags = tags(rs.getArray("tags"));
        Instant createdAt = PracticeImport.time(rs, "created_at");
        ClientId clientId = ClientId.of(id);
        steps.row(
                "clients",
                () -> steps.run("clients", id, "registered", new Act(workspaceId, owner, createdAt), clientId, () -> {
                    encryptor.createKeyForNewClient(clientId);
                    ClientDetails details = ClientDetails.of(encryptor.encrypt(clientId, values), consent, tags);
                    return new RegisterClientCommand(clientId, WorkspaceId.of(workspaceId), details, active, createdAt);
                }));
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
}
