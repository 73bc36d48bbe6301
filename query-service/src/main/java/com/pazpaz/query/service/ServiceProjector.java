package com.pazpaz.query.service;

import com.pazpaz.kernel.service.ServiceArchivedEvent;
import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.kernel.service.ServiceDeletedEvent;
import com.pazpaz.kernel.service.ServiceDetailsRevisedEvent;
import com.pazpaz.kernel.service.ServicePriceChangedEvent;
import com.pazpaz.kernel.service.ServiceReactivatedEvent;
import com.pazpaz.kernel.service.ServiceRenamedEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code services} in step with the service events ({@link ServiceRowEvolution}). */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class ServiceProjector {

    private final ReadModelRows rows;

    ServiceProjector(ReadModelRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ServiceCreatedEvent event) {
        rows.apply(ServiceRow.TABLE, event);
    }

    @EventHandler
    void on(ServiceRenamedEvent event) {
        rows.apply(ServiceRow.TABLE, event);
        // written now: another service may take the old name later in the same batch
        rows.flush();
    }

    @EventHandler
    void on(ServiceDetailsRevisedEvent event) {
        rows.apply(ServiceRow.TABLE, event);
    }

    @EventHandler
    void on(ServicePriceChangedEvent event) {
        rows.apply(ServiceRow.TABLE, event);
    }

    @EventHandler
    void on(ServiceArchivedEvent event) {
        rows.apply(ServiceRow.TABLE, event);
    }

    @EventHandler
    void on(ServiceReactivatedEvent event) {
        rows.apply(ServiceRow.TABLE, event);
    }

    @EventHandler
    void on(ServiceDeletedEvent event) {
        rows.apply(ServiceRow.TABLE, event);
    }
}
