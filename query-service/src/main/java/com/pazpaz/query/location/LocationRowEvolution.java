package com.pazpaz.query.location;

import com.pazpaz.kernel.location.LocationArchivedEvent;
import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationDeletedEvent;
import com.pazpaz.kernel.location.LocationDetailsRevisedEvent;
import com.pazpaz.kernel.location.LocationReactivatedEvent;
import com.pazpaz.kernel.location.LocationRenamedEvent;
import java.util.UUID;

/** How each location event changes a {@code locations} row. */
final class LocationRowEvolution {

    private LocationRowEvolution() {}

    /** The row after the event; null before the location was created and after it was deleted. */
    static LocationRow apply(LocationRow row, Object event) {
        if (event instanceof LocationCreatedEvent created) {
            return new LocationRow(created);
        }
        if (row == null || event instanceof LocationDeletedEvent) {
            return null;
        }
        if (event instanceof LocationRenamedEvent renamed) {
            row.rename(renamed.name(), renamed.renamedAt());
        } else if (event instanceof LocationDetailsRevisedEvent revised) {
            row.revise(revised.locationType(), revised.address(), revised.details(), revised.revisedAt());
        } else if (event instanceof LocationArchivedEvent archived) {
            row.setActive(false, archived.archivedAt());
        } else if (event instanceof LocationReactivatedEvent reactivated) {
            row.setActive(true, reactivated.reactivatedAt());
        }
        return row;
    }

    /** The existing location an event changes; null for a creation or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof LocationRenamedEvent e) {
            return e.locationId().value();
        }
        if (event instanceof LocationDetailsRevisedEvent e) {
            return e.locationId().value();
        }
        if (event instanceof LocationArchivedEvent e) {
            return e.locationId().value();
        }
        if (event instanceof LocationReactivatedEvent e) {
            return e.locationId().value();
        }
        return event instanceof LocationDeletedEvent e ? e.locationId().value() : null;
    }
}
