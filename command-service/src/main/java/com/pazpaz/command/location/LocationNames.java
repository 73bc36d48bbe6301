package com.pazpaz.command.location;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.command.common.NameReservations;
import com.pazpaz.command.common.ReservedNames;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationDeletedEvent;
import com.pazpaz.kernel.location.LocationRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the locations' names reserved, in the event transaction (a taken name fails the command: 409). */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class LocationNames extends ReservedNames<LocationId> {

    LocationNames(NameReservations reservations) {
        super(reservations, "Location");
    }

    @EventHandler
    void on(LocationCreatedEvent event) {
        reserve(event.workspaceId(), event.name(), event.locationId());
    }

    @EventHandler
    void on(LocationRenamedEvent event) {
        rename(event.name(), event.locationId());
    }

    @EventHandler
    void on(LocationDeletedEvent event) {
        release(event.locationId());
    }
}
