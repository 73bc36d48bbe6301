package com.pazpaz.command.service;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.command.common.NameReservations;
import com.pazpaz.command.common.ReservedNames;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.kernel.service.ServiceDeletedEvent;
import com.pazpaz.kernel.service.ServiceRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the services' names reserved, in the event transaction (a taken name fails the command: 409). */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class ServiceNames extends ReservedNames<ServiceId> {

    ServiceNames(NameReservations reservations) {
        super(reservations, "Service");
    }

    /** Whether the service exists (archived too) in the workspace: a deleted one's name is released. */
    public boolean exists(WorkspaceId workspaceId, ServiceId serviceId) {
        return holds(workspaceId, serviceId);
    }

    @EventHandler
    void on(ServiceCreatedEvent event) {
        reserve(event.workspaceId(), event.name(), event.serviceId());
    }

    @EventHandler
    void on(ServiceRenamedEvent event) {
        rename(event.name(), event.serviceId());
    }

    @EventHandler
    void on(ServiceDeletedEvent event) {
        release(event.serviceId());
    }
}
