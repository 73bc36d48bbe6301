package com.pazpaz.query.service;

import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.service.ServiceArchivedEvent;
import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.kernel.service.ServiceDeletedEvent;
import com.pazpaz.kernel.service.ServiceDetailsRevisedEvent;
import com.pazpaz.kernel.service.ServiceReactivatedEvent;
import com.pazpaz.kernel.service.ServiceRenamedEvent;
import com.pazpaz.query.common.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code services} in step with the service events. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class ServiceProjector {

    private final ServiceRows services;

    ServiceProjector(ServiceRows services) {
        this.services = services;
    }

    @EventHandler
    void on(ServiceCreatedEvent event) {
        services.save(new ServiceRow(event));
    }

    @EventHandler
    void on(ServiceRenamedEvent event) {
        row(event.serviceId()).rename(event.name(), event.renamedAt());
        // flushed now: another service may take the old name later in the same batch
        services.flush();
    }

    @EventHandler
    void on(ServiceDetailsRevisedEvent event) {
        row(event.serviceId()).revise(event.description(), event.defaultDurationMinutes(), event.revisedAt());
    }

    @EventHandler
    void on(ServiceArchivedEvent event) {
        row(event.serviceId()).setActive(false, event.archivedAt());
    }

    @EventHandler
    void on(ServiceReactivatedEvent event) {
        row(event.serviceId()).setActive(true, event.reactivatedAt());
    }

    @EventHandler
    void on(ServiceDeletedEvent event) {
        services.delete(row(event.serviceId()));
        services.flush();
    }

    private ServiceRow row(ServiceId serviceId) {
        return services.findById(serviceId.value())
                .orElseThrow(() -> new IllegalStateException("Event for unknown service " + serviceId));
    }
}
