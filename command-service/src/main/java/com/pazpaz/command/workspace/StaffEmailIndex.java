package com.pazpaz.command.workspace;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.crypto.KeyRing;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.Mac;
import org.springframework.stereotype.Component;

/**
 * The keyed hash that keeps staff e-mails unique in a practice without storing them: HMAC-SHA256 of the e-mail
 * exactly as given (decision 37: exact, case-sensitive) under the practice's own e-mail index key, a data key of
 * the vault created on first use. Equal e-mails give equal hashes within one practice and unrelated ones across
 * practices; without the key a hash says nothing (docs/encryption.md, "Staff").
 */
@Component
class StaffEmailIndex {

    private static final String ALGORITHM = "HmacSHA256";

    private final DataKeys dataKeys;
    private final KeyRing keyRing;

    StaffEmailIndex(DataKeys dataKeys, KeyRing keyRing) {
        this.dataKeys = dataKeys;
        this.keyRing = keyRing;
    }

    byte[] of(WorkspaceId workspaceId, String email) {
        UUID owner = keyOwner(workspaceId);
        dataKeys.createFor(owner, null);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(keyRing.currentKeyFor(owner).key());
            return mac.doFinal(email.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the e-mail index key cannot be used", e);
        }
    }

    /** A fixed owner per practice, derived from its id, so that no table has to remember which key it is. */
    static UUID keyOwner(WorkspaceId workspaceId) {
        return UUID.nameUUIDFromBytes(
                ("pazpaz|staff_email_index|" + workspaceId.value()).getBytes(StandardCharsets.UTF_8));
    }
}
