package com.pazpaz.query.search;

import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.query.common.BulkReplay;
import com.pazpaz.query.common.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Keeps the blind index in step with the events that change searchable text: it notes which records a batch
 * changed and has {@link SearchIndexWriter} re-index them when the batch commits (in the batch's transaction,
 * so the tokens and the rows are always of the same position). A rebuild's bulk replay skips it and has the
 * writer index every record once at the end ({@link BulkReplay}).
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class SearchIndexProjector {

    private static final String CHANGED = SearchIndexProjector.class.getName() + ".changed";

    private final SearchIndexWriter writer;

    SearchIndexProjector(SearchIndexWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ClientRegisteredEvent event) {
        changed().clients.add(event.clientId().value());
    }

    @EventHandler
    void on(ClientDetailsRevisedEvent event) {
        changed().clients.add(event.clientId().value());
    }

    /** The client's key is destroyed: re-indexing finds no words, so its tokens and its notes' tokens go. */
    @EventHandler
    void on(ClientErasedEvent event) {
        changed().clients.add(event.clientId().value());
        changed().erasedClients.add(event.clientId().value());
    }

    @EventHandler
    void on(SessionDraftCreatedEvent event) {
        changed().notes.add(event.sessionId().value());
    }

    @EventHandler
    void on(SessionDraftSavedEvent event) {
        changed().notes.add(event.sessionId().value());
    }

    @EventHandler
    void on(SessionAmendedEvent event) {
        changed().notes.add(event.sessionId().value());
    }

    /** The row is gone: re-indexing finds nothing, so the note's tokens go. */
    @EventHandler
    void on(SessionPurgedEvent event) {
        changed().notes.add(event.sessionId().value());
    }

    private SearchIndexWriter.Changed changed() {
        if (BulkReplay.isUnderway()) {
            return new SearchIndexWriter.Changed(); // noted nowhere: the rebuild indexes every record at its end
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(CHANGED, key -> {
            SearchIndexWriter.Changed changed = new SearchIndexWriter.Changed();
            root.onPrepareCommit(uow -> writer.write(changed));
            return changed;
        });
    }
}
