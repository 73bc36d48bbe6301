package com.pazpaz.command.location;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.command.common.NameReservations;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationDeletedEvent;
import com.pazpaz.kernel.location.LocationRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the locations' names reserved, in the event transaction (a taken name fails the command: 409). */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class LocationNames {

    static final String KIND = "LOCATION";

    private final NameReservations names;

    LocationNames(NameReservations names) {
        this.names = names;
    }

    static BusinessRuleViolation taken(String name) {
        return new BusinessRuleViolation(
                BusinessRuleViolation.Kind.CONFLICT, "Location with name '" + name + "' already exists");
    }

    boolean isTaken(WorkspaceId workspaceId, String name, LocationId except) {
        return names.isTaken(KIND, workspaceId, name, except);
    }

    @EventHandler
    void on(LocationCreatedEvent event) {
        names.reserve(KIND, event.workspaceId(), event.name(), event.locationId(), taken(event.name()));
    }

    @EventHandler
    void on(LocationRenamedEvent event) {
        names.rename(KIND, event.name(), event.locationId(), taken(event.name()));
    }

    @EventHandler
    void on(LocationDeletedEvent event) {
        names.release(KIND, event.locationId());
    }
}
