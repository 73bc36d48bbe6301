package com.pazpaz.query.location;

import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.location.LocationArchivedEvent;
import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationDeletedEvent;
import com.pazpaz.kernel.location.LocationDetailsRevisedEvent;
import com.pazpaz.kernel.location.LocationReactivatedEvent;
import com.pazpaz.kernel.location.LocationRenamedEvent;
import com.pazpaz.query.common.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code locations} in step with the location events. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class LocationProjector {

    private final LocationRows locations;

    LocationProjector(LocationRows locations) {
        this.locations = locations;
    }

    @EventHandler
    void on(LocationCreatedEvent event) {
        locations.save(new LocationRow(event));
    }

    @EventHandler
    void on(LocationRenamedEvent event) {
        row(event.locationId()).rename(event.name(), event.renamedAt());
        // flushed now: another location may take the old name later in the same batch
        locations.flush();
    }

    @EventHandler
    void on(LocationDetailsRevisedEvent event) {
        row(event.locationId()).revise(event.locationType(), event.address(), event.details(), event.revisedAt());
    }

    @EventHandler
    void on(LocationArchivedEvent event) {
        row(event.locationId()).setActive(false, event.archivedAt());
    }

    @EventHandler
    void on(LocationReactivatedEvent event) {
        row(event.locationId()).setActive(true, event.reactivatedAt());
    }

    @EventHandler
    void on(LocationDeletedEvent event) {
        locations.delete(row(event.locationId()));
        locations.flush();
    }

    private LocationRow row(LocationId locationId) {
        return locations.findById(locationId.value())
                .orElseThrow(() -> new IllegalStateException("Event for unknown location " + locationId));
    }
}
