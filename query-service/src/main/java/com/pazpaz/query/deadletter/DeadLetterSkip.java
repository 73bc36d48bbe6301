package com.pazpaz.query.deadletter;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.audit.DeadLetterSkippedEvent;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops a practice's first letter for good (its event is never applied, until a rebuild), recorded first in the
 * practice's audit trail, then retries the letters behind it so that the practice resumes.
 */
@Component
class DeadLetterSkip {

    private final DeadLetters letters;
    private final EventStore eventStore;
    private final RequestMetadataSource requestMetadata;
    private final TransactionTemplate transaction;

    DeadLetterSkip(
            DeadLetters letters,
            EventStore eventStore,
            RequestMetadataSource requestMetadata,
            PlatformTransactionManager transactions) {
        this.letters = letters;
        this.eventStore = eventStore;
        this.requestMetadata = requestMetadata;
        this.transaction = new TransactionTemplate(transactions);
    }

    void skip(UUID workspace, SkipRequest request, Actor admin) {
        DeadLetter first = first(workspace, request.position());
        record(first, request, admin);
        transaction.executeWithoutResult(status -> {
            letters.lock(workspace);
            first(workspace, request.position());
            letters.delete(workspace, first.position());
        });
        letters.reload(workspace);
    }

    private DeadLetter first(UUID workspace, long position) {
        List<DeadLetter> parked = letters.of(workspace);
        if (parked.isEmpty() || parked.get(0).position() != position) {
            throw new BusinessRuleViolation(
                    BusinessRuleViolation.Kind.CONFLICT,
                    parked.isEmpty()
                            ? "The practice has no parked events"
                            : "Only the practice's first parked event can be skipped: it is at position "
                                    + parked.get(0).position());
        }
        return parked.get(0);
    }

    /** Committed before the letter is dropped: a skip the trail does not show never happens. */
    private void record(DeadLetter letter, SkipRequest request, Actor admin) {
        Map<String, Object> metadata = new HashMap<>(requestMetadata.currentRequestMetadata());
        metadata.put(MetadataKeys.USER_ID, admin.userId().toString());
        metadata.put(MetadataKeys.WORKSPACE_ID, letter.workspaceId().toString());
        DeadLetterSkippedEvent skipped = new DeadLetterSkippedEvent(
                new WorkspaceId(letter.workspaceId()),
                letter.position(),
                letter.eventType(),
                admin.userId(),
                request.reason(),
                request.ticket(),
                letters.now());
        transaction.executeWithoutResult(status ->
                eventStore.publish(GenericEventMessage.asEventMessage(skipped).andMetaData(metadata)));
    }
}
