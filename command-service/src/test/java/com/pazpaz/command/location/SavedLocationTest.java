package com.pazpaz.command.location;

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
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of the location aggregate, given events, when a command, then events or an exception. */
class SavedLocationTest {

    private static final LocationId LOCATION = LocationId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-04T10:00:00Z");
    private static final LocationCreatedEvent CREATED = new LocationCreatedEvent(
            LOCATION, WORKSPACE, "Main room", LocationType.CLINIC, "1 Herzl St", "Room 2", true, T0);

    private AggregateTestFixture<SavedLocation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SavedLocation.class);
    }

    private static ReviseLocationCommand revise(
            String name, LocationType type, boolean addressSent, String address, Boolean active) {
        return new ReviseLocationCommand(
                LOCATION, WORKSPACE, name, type, addressSent, address, false, null, active, T1, null);
    }

    @Test
    void creatingALocationRecordsItsDetails() {
        fixture.givenNoPriorActivity()
                .when(new CreateLocationCommand(
                        LOCATION, WORKSPACE, "Main room", LocationType.CLINIC, "1 Herzl St", "Room 2", true, T0))
                .expectEvents(CREATED);
    }

    @Test
    void aClinicOrHomeLocationNeedsANonBlankAddress() {
        fixture.givenNoPriorActivity()
                .when(new CreateLocationCommand(LOCATION, WORKSPACE, "Home", LocationType.HOME, "  ", null, true, T0))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Address is required for home locations");
    }

    @Test
    void anOnlineLocationNeedsNoAddress() {
        fixture.givenNoPriorActivity()
                .when(new CreateLocationCommand(LOCATION, WORKSPACE, "Zoom", LocationType.ONLINE, null, null, true, T0))
                .expectEvents(new LocationCreatedEvent(
                        LOCATION, WORKSPACE, "Zoom", LocationType.ONLINE, null, null, true, T0));
    }

    @Test
    void theAddressRuleIsCheckedAgainstTheMergedFinalState() {
        fixture.given(CREATED)
                .when(revise(null, null, true, null, null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Address is required for clinic locations");
    }

    @Test
    void turningAClinicOnlineMayClearItsAddress() {
        fixture.given(CREATED)
                .when(revise(null, LocationType.ONLINE, true, null, null))
                .expectEvents(
                        new LocationDetailsRevisedEvent(LOCATION, WORKSPACE, LocationType.ONLINE, null, "Room 2", T1));
    }

    @Test
    void renamingRecordsTheNewName() {
        fixture.given(CREATED)
                .when(revise("Room B", null, false, null, null))
                .expectEvents(new LocationRenamedEvent(LOCATION, WORKSPACE, "Room B", T1));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        fixture.given(CREATED)
                .when(revise("Main room", LocationType.CLINIC, true, "1 Herzl St", true))
                .expectNoEvents();
    }

    @Test
    void settingInactiveArchivesAndActiveReactivates() {
        fixture.given(CREATED)
                .when(revise(null, null, false, null, false))
                .expectEvents(new LocationArchivedEvent(LOCATION, WORKSPACE, T1));
        fixture.given(CREATED, new LocationArchivedEvent(LOCATION, WORKSPACE, T0))
                .when(revise(null, null, false, null, true))
                .expectEvents(new LocationReactivatedEvent(LOCATION, WORKSPACE, T1));
    }

    @Test
    void anotherWorkspacesLocationIsNotFound() {
        fixture.given(CREATED)
                .when(new DeleteLocationCommand(LOCATION, WorkspaceId.of(UUID.randomUUID()), false, T1, null))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void deletingAnUnreferencedLocationDeletesItAndAReferencedOneIsArchived() {
        fixture.given(CREATED)
                .when(new DeleteLocationCommand(LOCATION, WORKSPACE, false, T1, null))
                .expectEvents(new LocationDeletedEvent(LOCATION, WORKSPACE, T1));
        fixture.given(CREATED)
                .when(new DeleteLocationCommand(LOCATION, WORKSPACE, true, T1, null))
                .expectEvents(new LocationArchivedEvent(LOCATION, WORKSPACE, T1));
    }

    @Test
    void aDeletedLocationAcceptsNoMoreCommands() {
        fixture.given(CREATED, new LocationDeletedEvent(LOCATION, WORKSPACE, T0))
                .when(revise("Again", null, false, null, null))
                .expectException(AggregateDeletedException.class);
    }
}
