package com.pazpaz.kernel.workspace;

import java.util.Locale;

/**
 * What a token's bearer may do. Owners and assistants belong to one workspace; a platform administrator
 * belongs to none and may only open workspaces (and, on the local stack, mint tokens).
 */
public enum Role {
    OWNER,
    ASSISTANT,
    PLATFORM_ADMIN;

    /** The lower-case form used in tokens and JSON. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromClaim(String claim) {
        return valueOf(claim.toUpperCase(Locale.ROOT));
    }
}
