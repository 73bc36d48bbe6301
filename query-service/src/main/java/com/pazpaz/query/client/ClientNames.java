package com.pazpaz.query.client;

import com.pazpaz.query.common.RowQueries;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Decrypted names of a workspace's clients, for other read models that show who a record is about. */
@Component
public class ClientNames {

    private final RowQueries clients;
    private final ClientDecryptor decryptor;

    ClientNames(RowQueries clients, ClientDecryptor decryptor) {
        this.clients = clients;
        this.decryptor = decryptor;
    }

    /** The names of those clients that belong to the workspace, by client id. */
    public Map<UUID, ClientName> of(UUID workspaceId, Collection<UUID> clientIds) {
        Map<UUID, ClientName> names = new HashMap<>();
        List<ClientRow> rows = clients.all(ClientRow.TABLE, workspaceId, clientIds);
        decryptor.prefetchKeys(rows);
        for (ClientRow row : rows) {
            names.put(row.getId(), decryptor.name(row));
        }
        return names;
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
                    initials.append(Character.toUpperCase(name.strip().charAt(0)))
                            .append('.');
                }
            }
            return initials.isEmpty() ? "?" : initials.toString();
        }
    }
}
