package com.pazpaz.command.client;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import java.util.List;

/**
 * Encrypts the tags a client holds in plaintext from before tags were encrypted, so that the revision that carries
 * them on holds them as ciphertext only (decision 261). The plaintext was already in the aggregate's state.
 */
interface LegacyTagsSealer {

    EncryptedValue seal(ClientId clientId, List<String> legacyTags);
}
