package com.pazpaz.importer;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends events of no aggregate (imported audit rows) to command-service's event store, each in its own
 * transaction together with whatever its builder writes (the ledger row), like {@code MintedTokenAudit} does.
 */
final class UnboundEvents {

    private final EventStore eventStore;
    private final TransactionTemplate transaction;

    UnboundEvents(EventStore eventStore, PlatformTransactionManager transactions) {
        this.eventStore = eventStore;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param id the event's id: the imported row's own id, so the audit row keeps it
     */
    void append(UUID id, Map<String, String> metadata, Supplier<Object> payload) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericEventMessage<>(
                new GenericMessage<>(id.toString(), payload.get(), metadata), GenericEventMessage.clock::instant)));
    }
}
