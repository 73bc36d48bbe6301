package com.pazpaz.query.location;

import com.pazpaz.kernel.location.LocationArchivedEvent;
import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationDeletedEvent;
import com.pazpaz.kernel.location.LocationDetailsRevisedEvent;
import com.pazpaz.kernel.location.LocationReactivatedEvent;
import com.pazpaz.kernel.location.LocationRenamedEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code locations} in step with the location events ({@link LocationRowEvolution}). */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class LocationProjector {

    private final ReadModelRows rows;

    LocationProjector(ReadModelRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(LocationCreatedEvent event) {
        rows.apply(LocationRow.TABLE, event);
    }

    @EventHandler
    void on(LocationRenamedEvent event) {
        rows.apply(LocationRow.TABLE, event);
        // written now: another location may take the old name later in the same batch
        rows.flush();
    }

    @EventHandler
    void on(LocationDetailsRevisedEvent event) {
        rows.apply(LocationRow.TABLE, event);
    }

    @EventHandler
    void on(LocationArchivedEvent event) {
        rows.apply(LocationRow.TABLE, event);
    }

    @EventHandler
    void on(LocationReactivatedEvent event) {
        rows.apply(LocationRow.TABLE, event);
    }

    @EventHandler
    void on(LocationDeletedEvent event) {
        rows.apply(LocationRow.TABLE, event);
    }
}
