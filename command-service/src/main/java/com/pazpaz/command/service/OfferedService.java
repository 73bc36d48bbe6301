package com.pazpaz.command.service;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.service.CreateServiceCommand;
import com.pazpaz.kernel.service.DeleteServiceCommand;
import com.pazpaz.kernel.service.ReviseServiceCommand;
import com.pazpaz.kernel.service.ServiceArchivedEvent;
import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.kernel.service.ServiceDeletedEvent;
import com.pazpaz.kernel.service.ServiceDetailsRevisedEvent;
import com.pazpaz.kernel.service.ServicePriceChangedEvent;
import com.pazpaz.kernel.service.ServiceReactivatedEvent;
import com.pazpaz.kernel.service.ServiceRenamedEvent;
import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A service a practice offers (behaviour.md §1.6). Name uniqueness is a set check made outside it. */
@Aggregate
class OfferedService {

    @AggregateIdentifier
    private ServiceId serviceId;

    private WorkspaceId workspaceId;
    private String name;
    private String description;
    private int defaultDurationMinutes;
    private boolean active;
    private BigDecimal price;
    private String currency;

    OfferedService() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    OfferedService(CreateServiceCommand command) {
        apply(new ServiceCreatedEvent(
                command.serviceId(),
                command.workspaceId(),
                command.name(),
                command.description(),
                command.defaultDurationMinutes(),
                command.active(),
                command.createdAt(),
                command.price(),
                command.currency()));
    }

    /** Each kind of change is its own fact; a revision that changes nothing records nothing. */
    @CommandHandler
    void handle(ReviseServiceCommand command) {
        requireWorkspace(command.workspaceId());
        if (command.name() != null && !command.name().equals(name)) {
            apply(new ServiceRenamedEvent(serviceId, workspaceId, command.name(), command.revisedAt()));
        }
        String newDescription = command.descriptionSent() ? command.description() : description;
        int newDuration =
                command.defaultDurationMinutes() != null ? command.defaultDurationMinutes() : defaultDurationMinutes;
        if (!Objects.equals(newDescription, description) || newDuration != defaultDurationMinutes) {
            apply(new ServiceDetailsRevisedEvent(
                    serviceId, workspaceId, newDescription, newDuration, command.revisedAt()));
        }
        if (command.priceSent()
                && !(Objects.equals(command.price(), price) && Objects.equals(command.currency(), currency))) {
            apply(new ServicePriceChangedEvent(
                    serviceId, workspaceId, command.price(), command.currency(), command.revisedAt()));
        }
        if (command.active() != null && command.active() != active) {
            apply(
                    command.active()
                            ? new ServiceReactivatedEvent(serviceId, workspaceId, command.revisedAt())
                            : new ServiceArchivedEvent(serviceId, workspaceId, command.revisedAt()));
        }
    }

    /** R-SVC-3: a referenced service is only archived (again: nothing to do), an unreferenced one deleted. */
    @CommandHandler
    void handle(DeleteServiceCommand command) {
        requireWorkspace(command.workspaceId());
        if (!command.referencedByAppointments()) {
            apply(new ServiceDeletedEvent(serviceId, workspaceId, command.deletedAt()));
        } else if (active) {
            apply(new ServiceArchivedEvent(serviceId, workspaceId, command.deletedAt()));
        }
    }

    /** Another practice's service is answered exactly like one that does not exist. */
    private void requireWorkspace(WorkspaceId caller) {
        if (!workspaceId.equals(caller)) {
            throw new RecordNotFoundException();
        }
    }

    @EventSourcingHandler
    void on(ServiceCreatedEvent event) {
        serviceId = event.serviceId();
        workspaceId = event.workspaceId();
        name = event.name();
        description = event.description();
        defaultDurationMinutes = event.defaultDurationMinutes();
        active = event.active();
        price = event.price();
        currency = event.currency();
    }

    @EventSourcingHandler
    void on(ServiceRenamedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(ServiceDetailsRevisedEvent event) {
        description = event.description();
        defaultDurationMinutes = event.defaultDurationMinutes();
    }

    @EventSourcingHandler
    void on(ServicePriceChangedEvent event) {
        price = event.price();
        currency = event.currency();
    }

    @EventSourcingHandler
    void on(ServiceArchivedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(ServiceReactivatedEvent event) {
        active = true;
    }

    /** A deleted service no longer exists: every later command is answered 404. */
    @EventSourcingHandler
    void on(ServiceDeletedEvent event) {
        markDeleted();
    }
}
