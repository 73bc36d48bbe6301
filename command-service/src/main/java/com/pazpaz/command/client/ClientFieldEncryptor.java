package com.pazpaz.command.client;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.client.ClientEncryption;
import com.pazpaz.kernel.client.ClientTags;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Encrypts a client's protected fields with the client's own data key, for their column of the {@code clients}
 * table. The same bytes go into the event and, unchanged, into the read table, so the binding names the read
 * table's row and column.
 */
@Component
public class ClientFieldEncryptor implements LegacyTagsSealer {

    private final FieldCipher cipher;
    private final DataKeys dataKeys;

    ClientFieldEncryptor(FieldCipher cipher, DataKeys dataKeys) {
        this.cipher = cipher;
        this.dataKeys = dataKeys;
    }

    /** Creates the data key of a client about to be registered (its id was just made: no look-up first). */
    public void createKeyForNewClient(ClientId clientId) {
        dataKeys.createForNewOwner(clientId.value(), null);
    }

    /** Creates the data key of an existing client that predates per-client keys, unless it has one. */
    void createKeyFor(ClientId clientId) {
        dataKeys.createFor(clientId.value(), null);
    }

    /**
     * Encrypts each value with the client's key; a null value stays null (it means "cleared" in a patch).
     *
     * @throws com.pazpaz.infra.crypto.NoDataKeyException    when the client has no key (see {@link #createKeyFor})
     * @throws com.pazpaz.infra.crypto.KeyDestroyedException when the client was erased
     */
    public Map<ProtectedClientField, EncryptedValue> encrypt(
            ClientId clientId, Map<ProtectedClientField, String> values) {
        Map<ProtectedClientField, EncryptedValue> encrypted = new EnumMap<>(ProtectedClientField.class);
        UUID owner = ClientEncryption.keyOwner(clientId);
        values.forEach((field, plaintext) -> encrypted.put(
                field,
                cipher.encrypt(
                        plaintext, new FieldBinding(ClientEncryption.TABLE, clientId.value(), field.column(), owner))));
        return encrypted;
    }

    /** Runs in the revision's transaction: a client from before per-client keys gets its key with it. */
    @Override
    public EncryptedValue seal(ClientId clientId, List<String> legacyTags) {
        createKeyFor(clientId);
        return encrypt(clientId, Map.of(ProtectedClientField.TAGS, ClientTags.toPlaintext(legacyTags)))
                .get(ProtectedClientField.TAGS);
    }
}
