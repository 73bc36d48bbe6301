package com.pazpaz.kernel.client;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A client was registered with these details. Revision 2: the tags are one ciphertext ({@code details.tags}, under
 * the client's key); events of revision 1 held them in plaintext, read as {@code details.legacyTags}.
 */
@Revision("2")
public record ClientRegisteredEvent(
        ClientId clientId, WorkspaceId workspaceId, ClientDetails details, boolean active, Instant registeredAt)
        implements WorkspaceScoped {}
