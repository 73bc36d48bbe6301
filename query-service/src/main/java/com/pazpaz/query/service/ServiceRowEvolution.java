package com.pazpaz.query.service;

import com.pazpaz.kernel.service.ServiceArchivedEvent;
import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.kernel.service.ServiceDeletedEvent;
import com.pazpaz.kernel.service.ServiceDetailsRevisedEvent;
import com.pazpaz.kernel.service.ServicePriceChangedEvent;
import com.pazpaz.kernel.service.ServiceReactivatedEvent;
import com.pazpaz.kernel.service.ServiceRenamedEvent;
import java.util.UUID;

/** How each service event changes a {@code services} row. */
final class ServiceRowEvolution {

    private ServiceRowEvolution() {}

    /** The row after the event; null before the service was created and after it was deleted. */
    static ServiceRow apply(ServiceRow row, Object event) {
        if (event instanceof ServiceCreatedEvent created) {
            return new ServiceRow(created);
        }
        if (row == null || event instanceof ServiceDeletedEvent) {
            return null;
        }
        if (event instanceof ServiceRenamedEvent renamed) {
            row.rename(renamed.name(), renamed.renamedAt());
        } else if (event instanceof ServiceDetailsRevisedEvent revised) {
            row.revise(revised.description(), revised.defaultDurationMinutes(), revised.revisedAt());
        } else if (event instanceof ServicePriceChangedEvent repriced) {
            row.reprice(repriced.price(), repriced.currency(), repriced.changedAt());
        } else if (event instanceof ServiceArchivedEvent archived) {
            row.setActive(false, archived.archivedAt());
        } else if (event instanceof ServiceReactivatedEvent reactivated) {
            row.setActive(true, reactivated.reactivatedAt());
        }
        return row;
    }

    /** The existing service an event changes; null for a creation or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof ServiceRenamedEvent e) {
            return e.serviceId().value();
        }
        if (event instanceof ServiceDetailsRevisedEvent e) {
            return e.serviceId().value();
        }
        if (event instanceof ServicePriceChangedEvent e) {
            return e.serviceId().value();
        }
        if (event instanceof ServiceArchivedEvent e) {
            return e.serviceId().value();
        }
        if (event instanceof ServiceReactivatedEvent e) {
            return e.serviceId().value();
        }
        return event instanceof ServiceDeletedEvent e ? e.serviceId().value() : null;
    }
}
