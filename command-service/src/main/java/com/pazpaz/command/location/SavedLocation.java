package com.pazpaz.command.location;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.CreateLocationCommand;
import com.pazpaz.kernel.location.DeleteLocationCommand;
import com.pazpaz.kernel.location.LocationArchivedEvent;
import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationDeletedEvent;
import com.pazpaz.kernel.location.LocationDetailsRevisedEvent;
import com.pazpaz.kernel.location.LocationReactivatedEvent;
import com.pazpaz.kernel.location.LocationRenamedEvent;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.kernel.location.ReviseLocationCommand;
import java.util.Locale;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A place where a practice treats clients (behaviour.md §1.7). Name uniqueness is checked outside it. */
@Aggregate
class SavedLocation {

    @AggregateIdentifier
    private LocationId locationId;

    private WorkspaceId workspaceId;
    private String name;
    private LocationType locationType;
    private String address;
    private String details;
    private boolean active;

    SavedLocation() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    SavedLocation(CreateLocationCommand command) {
        requireAddress(command.locationType(), command.address());
        apply(new LocationCreatedEvent(
                command.locationId(),
                command.workspaceId(),
                command.name(),
                command.locationType(),
                command.address(),
                command.details(),
                command.active(),
                command.createdAt()));
    }

    /** The address rule is checked against the merged final state (R-LOC-1). */
    @CommandHandler
    void handle(ReviseLocationCommand command) {
        requireWorkspace(command.workspaceId());
        LocationType newType = command.locationType() != null ? command.locationType() : locationType;
        String newAddress = command.addressSent() ? command.address() : address;
        String newDetails = command.detailsSent() ? command.details() : details;
        requireAddress(newType, newAddress);
        if (command.name() != null && !command.name().equals(name)) {
            apply(new LocationRenamedEvent(locationId, workspaceId, command.name(), command.revisedAt()));
        }
        if (newType != locationType || !Objects.equals(newAddress, address) || !Objects.equals(newDetails, details)) {
            apply(new LocationDetailsRevisedEvent(
                    locationId, workspaceId, newType, newAddress, newDetails, command.revisedAt()));
        }
        if (command.active() != null && command.active() != active) {
            apply(
                    command.active()
                            ? new LocationReactivatedEvent(locationId, workspaceId, command.revisedAt())
                            : new LocationArchivedEvent(locationId, workspaceId, command.revisedAt()));
        }
    }

    /** R-LOC-2: a referenced location is only archived (again: nothing to do), an unreferenced one deleted. */
    @CommandHandler
    void handle(DeleteLocationCommand command) {
        requireWorkspace(command.workspaceId());
        if (!command.referencedByAppointments()) {
            apply(new LocationDeletedEvent(locationId, workspaceId, command.deletedAt()));
        } else if (active) {
            apply(new LocationArchivedEvent(locationId, workspaceId, command.deletedAt()));
        }
    }

    private static void requireAddress(LocationType type, String address) {
        if (type.needsAddress() && (address == null || address.isBlank())) {
            throw new BusinessRuleViolation(
                    "Address is required for " + type.name().toLowerCase(Locale.ROOT) + " locations");
        }
    }

    /** Another practice's location is answered exactly like one that does not exist. */
    private void requireWorkspace(WorkspaceId caller) {
        if (!workspaceId.equals(caller)) {
            throw new RecordNotFoundException();
        }
    }

    @EventSourcingHandler
    void on(LocationCreatedEvent event) {
        locationId = event.locationId();
        workspaceId = event.workspaceId();
        name = event.name();
        locationType = event.locationType();
        address = event.address();
        details = event.details();
        active = event.active();
    }

    @EventSourcingHandler
    void on(LocationRenamedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(LocationDetailsRevisedEvent event) {
        locationType = event.locationType();
        address = event.address();
        details = event.details();
    }

    @EventSourcingHandler
    void on(LocationArchivedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(LocationReactivatedEvent event) {
        active = true;
    }

    /** A deleted location no longer exists: every later command is answered 404. */
    @EventSourcingHandler
    void on(LocationDeletedEvent event) {
        markDeleted();
    }
}
