package com.pazpaz.local;

import com.pazpaz.infra.crypto.KeyRing;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;

/** Every data key the system still holds, unwrapped as the services do: what an attacker with the vault has. */
final class LiveKeys {

    private LiveKeys() {}

    static List<SecretKey> all() throws Exception {
        KeyRing ring = StackFixture.stack().commandService().getBean(KeyRing.class);
        List<SecretKey> keys = new ArrayList<>();
        for (String label : VaultLabels.live()) {
            keys.add(ring.keyByLabel(label).orElseThrow());
        }
        return keys;
    }
}
