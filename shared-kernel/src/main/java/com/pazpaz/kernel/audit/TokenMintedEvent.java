package com.pazpaz.kernel.audit;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A platform administrator minted a token to act as a user (local stack only, {@code POST /api/v1/dev/tokens}).
 * Acting as someone else is what an audit must show, so command-service appends this before it hands the token
 * out. It names the token by its id ({@code jti}) and never holds its text; from where: in the metadata.
 *
 * @param workspaceId the practice of the user, whose audit trail shows the act
 * @param userId      the user the token stands for
 * @param mintedBy    the platform administrator who minted it
 * @param tokenId     the token's {@code jti}
 */
@Revision("1")
public record TokenMintedEvent(
        WorkspaceId workspaceId, UserId userId, UserId mintedBy, UUID tokenId, Instant mintedAt, Instant expiresAt)
        implements WorkspaceScoped {

    public TokenMintedEvent {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(mintedBy, "minted by");
        Objects.requireNonNull(tokenId, "token id");
    }
}
