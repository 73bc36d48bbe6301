package com.pazpaz.command.workspace;

import com.pazpaz.kernel.crypto.EncryptedValue;

/** Stand-ins for staff ciphertext: the aggregate only carries it along, it never looks inside. */
final class StaffFixtures {

    private StaffFixtures() {}

    static EncryptedValue ciphertext(int tag) {
        return EncryptedValue.of(new byte[] {'d', '1', ':', (byte) tag, 0, 1, 2, 3});
    }
}
