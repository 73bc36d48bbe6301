package com.pazpaz.kernel.client;

import com.pazpaz.kernel.ids.ClientId;
import java.util.UUID;

/**
 * Where a client's ciphertexts are bound and whose key encrypts them, decided in this one place for both services
 * (and the benchmarks): each protected field ({@link ProtectedClientField}) to its column of the client's own
 * {@code clients} row, under the client's own data key, which erasure destroys.
 */
public final class ClientEncryption {

    public static final String TABLE = "clients";

    private ClientEncryption() {}

    /** The record whose data key encrypts a client's fields: the client. */
    public static UUID keyOwner(ClientId clientId) {
        return clientId.value();
    }
}
