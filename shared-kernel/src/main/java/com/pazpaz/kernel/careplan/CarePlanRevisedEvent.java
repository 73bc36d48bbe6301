package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An active plan was revised: by {@code author}, at {@code revisedAt}, for {@code reason} (ciphertext bound to the
 * revision row {@code revisionId}). {@code content} is the whole plan afterwards; the content before is the one
 * the previous content event carried. {@code revisionNumber} counts revisions from 1.
 */
@Revision("1")
public record CarePlanRevisedEvent(
        CarePlanId carePlanId,
        WorkspaceId workspaceId,
        UserId author,
        UUID revisionId,
        int revisionNumber,
        EncryptedValue reason,
        CarePlanContent content,
        Instant revisedAt)
        implements WorkspaceScoped {}
