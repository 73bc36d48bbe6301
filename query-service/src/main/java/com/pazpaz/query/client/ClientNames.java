package com.pazpaz.query.client;

import com.pazpaz.query.common.RowQueries;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.client.ProtectedClientField;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Decrypted names of a workspace's clients, for other read models that show who a record is about. */
@Component
public class ClientNames {

    private final RowQueries clients;
    private final FieldCipher cipher;

    ClientNames(RowQueries clients, FieldCipher cipher) {
        this.clients = clients;
        this.cipher = cipher;
    }

    /** The names of those clients that belong to the workspace, by client id. */
    public Map<UUID, ClientName> of(UUID workspaceId, Collection<UUID> clientIds) {
        Map<UUID, ClientName> names = new HashMap<>();
        for (ClientRow row : clients.all(ClientRow.TABLE, workspaceId, clientIds)) {
            names.put(row.getId(), new ClientName(row.getId(), decrypt(row, ProtectedClientField.FIRST_NAME,
                    row.firstName()), decrypt(row, ProtectedClientField.LAST_NAME, row.lastName())));
        }
        return names;
    }

    private String decrypt(ClientRow row, ProtectedClientField field, com.pazpaz.kernel.crypto.EncryptedValue value) {
        return cipher.decrypt(value, new FieldBinding("clients", row.getId(), field.column(), row.getId()));
    }

    /** A client's name as the appointment responses show it (behaviour.md §1.5). */
    public record ClientName(UUID id, String firstName, String lastName) {

        public String fullName() {
            return firstName + " " + lastName;
        }

        /** "J.D." from the first letters, "A." with one name, "?" with none (the conflict check's privacy form). */
        public String initials() {
            StringBuilder initials = new StringBuilder();
            for (String name : new String[] {firstName, lastName}) {
                if (name != null && !name.isBlank()) {
                    initials.append(Character.toUpperCase(name.strip().charAt(0))).append('.');
                }
            }
            return initials.isEmpty() ? "?" : initials.toString();
        }
    }
}
