package com.pazpaz.command.workspace;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.DeactivateWorkspaceCommand;
import com.pazpaz.kernel.workspace.ReactivateWorkspaceCommand;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceDeactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceReactivatedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A platform administrator closes a practice and opens it again (decisions 270, 271). */
class WorkspaceActivityTest {

    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-05T11:00:00Z");
    private static final WorkspaceCreatedEvent CREATED = new WorkspaceCreatedEvent(
            WORKSPACE,
            "Practice",
            1024,
            UserId.of(UUID.randomUUID()),
            "owner@practice.test",
            "Olga Owner",
            T0,
            null,
            null);

    private AggregateTestFixture<Workspace> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workspace.class);
    }

    @Test
    void deactivatingAnOpenPracticeRecordsWhen() {
        fixture.given(CREATED)
                .when(new DeactivateWorkspaceCommand(WORKSPACE, T1))
                .expectEvents(new WorkspaceDeactivatedEvent(WORKSPACE, T1));
    }

    @Test
    void deactivatingADeactivatedPracticeChangesNothing() {
        fixture.given(CREATED, new WorkspaceDeactivatedEvent(WORKSPACE, T1))
                .when(new DeactivateWorkspaceCommand(WORKSPACE, T2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reactivatingADeactivatedPracticeRecordsWhen() {
        fixture.given(CREATED, new WorkspaceDeactivatedEvent(WORKSPACE, T1))
                .when(new ReactivateWorkspaceCommand(WORKSPACE, T2))
                .expectEvents(new WorkspaceReactivatedEvent(WORKSPACE, T2));
    }

    @Test
    void reactivatingAnOpenPracticeChangesNothing() {
        fixture.given(CREATED)
                .when(new ReactivateWorkspaceCommand(WORKSPACE, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReactivatedPracticeCanBeDeactivatedAgain() {
        fixture.given(
                        CREATED,
                        new WorkspaceDeactivatedEvent(WORKSPACE, T0),
                        new WorkspaceReactivatedEvent(WORKSPACE, T1))
                .when(new DeactivateWorkspaceCommand(WORKSPACE, T2))
                .expectEvents(new WorkspaceDeactivatedEvent(WORKSPACE, T2));
    }

    @Test
    void anUnknownPracticeIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new DeactivateWorkspaceCommand(WORKSPACE, T1))
                .expectException(AggregateNotFoundException.class);
    }
}
