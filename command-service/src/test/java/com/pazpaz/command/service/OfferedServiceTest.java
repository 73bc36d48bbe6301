package com.pazpaz.command.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of the service aggregate, given events, when a command, then events or an exception. */
class OfferedServiceTest {

    private static final ServiceId SERVICE = ServiceId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-04T10:00:00Z");
    private static final ServiceCreatedEvent CREATED =
            new ServiceCreatedEvent(SERVICE, WORKSPACE, "Massage", "Deep tissue", 60, true, T0, null, null);

    private AggregateTestFixture<OfferedService> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OfferedService.class);
    }

    private ReviseServiceCommand revise(
            String name, boolean descriptionSent, String description, Integer minutes, Boolean active) {
        return new ReviseServiceCommand(
                SERVICE, WORKSPACE, name, descriptionSent, description, minutes, active, false, null, null, T1, null);
    }

    @Test
    void creatingAServiceRecordsItsDetails() {
        fixture.givenNoPriorActivity()
                .when(new CreateServiceCommand(SERVICE, WORKSPACE, "Massage", "Deep tissue", 60, true, T0, null, null))
                .expectEvents(CREATED);
    }

    @Test
    void renamingRecordsTheNewName() {
        fixture.given(CREATED)
                .when(revise("Shiatsu", false, null, null, null))
                .expectEvents(new ServiceRenamedEvent(SERVICE, WORKSPACE, "Shiatsu", T1));
    }

    @Test
    void revisingDurationStatesTheDetailsAsTheyNowStand() {
        fixture.given(CREATED)
                .when(revise(null, false, null, 45, null))
                .expectEvents(new ServiceDetailsRevisedEvent(SERVICE, WORKSPACE, "Deep tissue", 45, T1));
    }

    @Test
    void sendingNullDescriptionClearsIt() {
        fixture.given(CREATED)
                .when(revise(null, true, null, null, null))
                .expectEvents(new ServiceDetailsRevisedEvent(SERVICE, WORKSPACE, null, 60, T1));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        fixture.given(CREATED)
                .when(revise("Massage", true, "Deep tissue", 60, true))
                .expectNoEvents();
    }

    @Test
    void settingInactiveArchivesAndActiveReactivates() {
        fixture.given(CREATED)
                .when(revise(null, false, null, null, false))
                .expectEvents(new ServiceArchivedEvent(SERVICE, WORKSPACE, T1));
        fixture.given(CREATED, new ServiceArchivedEvent(SERVICE, WORKSPACE, T0))
                .when(revise(null, false, null, null, true))
                .expectEvents(new ServiceReactivatedEvent(SERVICE, WORKSPACE, T1));
    }

    @Test
    void anotherWorkspacesServiceIsNotFound() {
        WorkspaceId other = WorkspaceId.of(UUID.randomUUID());
        fixture.given(CREATED)
                .when(new ReviseServiceCommand(
                        SERVICE, other, "X", false, null, null, null, false, null, null, T1, null))
                .expectException(RecordNotFoundException.class);
        fixture.given(CREATED)
                .when(new DeleteServiceCommand(SERVICE, other, false, T1, null))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void deletingAnUnreferencedServiceDeletesIt() {
        fixture.given(CREATED)
                .when(new DeleteServiceCommand(SERVICE, WORKSPACE, false, T1, null))
                .expectEvents(new ServiceDeletedEvent(SERVICE, WORKSPACE, T1));
    }

    @Test
    void deletingAReferencedServiceOnlyArchivesIt() {
        fixture.given(CREATED)
                .when(new DeleteServiceCommand(SERVICE, WORKSPACE, true, T1, null))
                .expectEvents(new ServiceArchivedEvent(SERVICE, WORKSPACE, T1));
    }

    @Test
    void deletingAReferencedArchivedServiceChangesNothing() {
        fixture.given(CREATED, new ServiceArchivedEvent(SERVICE, WORKSPACE, T0))
                .when(new DeleteServiceCommand(SERVICE, WORKSPACE, true, T1, null))
                .expectNoEvents();
    }

    @Test
    void aDeletedServiceAcceptsNoMoreCommands() {
        fixture.given(CREATED, new ServiceDeletedEvent(SERVICE, WORKSPACE, T0))
                .when(revise("Again", false, null, null, null))
                .expectException(AggregateDeletedException.class);
    }

    private ReviseServiceCommand reprice(String price, String currency) {
        return new ReviseServiceCommand(
                SERVICE,
                WORKSPACE,
                null,
                false,
                null,
                null,
                null,
                true,
                price == null ? null : new BigDecimal(price),
                currency,
                T1,
                null);
    }

    @Test
    void aPriceIsRecordedWithTwoDecimalsOnCreation() {
        fixture.givenNoPriorActivity()
                .when(new CreateServiceCommand(
                        SERVICE, WORKSPACE, "Massage", null, 60, true, T0, new BigDecimal("80"), "EUR"))
                .expectEvents(new ServiceCreatedEvent(
                        SERVICE, WORKSPACE, "Massage", null, 60, true, T0, new BigDecimal("80.00"), "EUR"));
    }

    @Test
    void changingThePriceIsItsOwnFactAndTheSamePriceRecordsNothing() {
        fixture.given(CREATED)
                .when(reprice("95.5", "ILS"))
                .expectEvents(new ServicePriceChangedEvent(SERVICE, WORKSPACE, new BigDecimal("95.50"), "ILS", T1));
        fixture.given(CREATED, new ServicePriceChangedEvent(SERVICE, WORKSPACE, new BigDecimal("95.50"), "ILS", T0))
                .when(reprice("95.50", "ILS"))
                .expectNoEvents();
        fixture.given(CREATED, new ServicePriceChangedEvent(SERVICE, WORKSPACE, new BigDecimal("95.50"), "ILS", T0))
                .when(reprice(null, null))
                .expectEvents(new ServicePriceChangedEvent(SERVICE, WORKSPACE, null, null, T1));
    }

    @Test
    void aPriceBreakingTheRuleIsRefusedByTheCommand() {
        assertThatThrownBy(() -> reprice("-1", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reprice("1.005", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reprice("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reprice("1", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
