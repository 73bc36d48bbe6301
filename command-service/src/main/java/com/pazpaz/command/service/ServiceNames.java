package com.pazpaz.command.service;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.command.common.NameReservations;
import com.pazpaz.kernel.common.BusinessRuleViolation;
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
public class ServiceNames {

    static final String KIND = "SERVICE";

    private final NameReservations names;

    ServiceNames(NameReservations names) {
        this.names = names;
    }

    /** R-SVC-1, D5: the same answer on create and on rename. */
    static BusinessRuleViolation taken(String name) {
        return new BusinessRuleViolation(
                BusinessRuleViolation.Kind.CONFLICT, "Service with name '" + name + "' already exists");
    }

    boolean isTaken(WorkspaceId workspaceId, String name, ServiceId except) {
        return names.isTaken(KIND, workspaceId, name, except);
    }

    /** Whether the service exists (archived too) in the workspace: a deleted one's name is released. */
    public boolean exists(WorkspaceId workspaceId, ServiceId serviceId) {
        return names.holds(KIND, workspaceId, serviceId);
    }

    @EventHandler
    void on(ServiceCreatedEvent event) {
        names.reserve(KIND, event.workspaceId(), event.name(), event.serviceId(), taken(event.name()));
    }

    @EventHandler
    void on(ServiceRenamedEvent event) {
        names.rename(KIND, event.name(), event.serviceId(), taken(event.name()));
    }

    @EventHandler
    void on(ServiceDeletedEvent event) {
        names.release(KIND, event.serviceId());
    }
}
