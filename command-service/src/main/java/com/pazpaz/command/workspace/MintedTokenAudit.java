package com.pazpaz.command.workspace;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer.IssuedToken;
import com.pazpaz.kernel.audit.TokenMintedEvent;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records in the event store that an administrator minted a token for a user, in the user's practice (its
 * audit trail and hash chain), before the token is handed out: a token whose minting could not be recorded is
 * never returned. Like a read of PHI, the act changes no record, so it is an event of no aggregate.
 */
@Component
@Profile("local")
class MintedTokenAudit {

    private final EventStore eventStore;
    private final RequestMetadataSource request;
    private final TransactionTemplate transaction;

    MintedTokenAudit(EventStore eventStore, RequestMetadataSource request, PlatformTransactionManager transactions) {
        this.eventStore = eventStore;
        this.request = request;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Returns once the record is committed. */
    void record(Actor administrator, UserDirectory.UserAccount account, IssuedToken token) {
        Map<String, Object> metadata = new HashMap<>(request.currentRequestMetadata());
        metadata.put(MetadataKeys.USER_ID, administrator.userId().toString());
        metadata.put(MetadataKeys.WORKSPACE_ID, account.workspaceId().toString());
        TokenMintedEvent minted = new TokenMintedEvent(
                account.workspaceId(),
                account.userId(),
                administrator.userId(),
                token.tokenId(),
                token.issuedAt(),
                token.expiresAt());
        transaction.executeWithoutResult(status ->
                eventStore.publish(GenericEventMessage.asEventMessage(minted).andMetaData(metadata)));
    }
}
