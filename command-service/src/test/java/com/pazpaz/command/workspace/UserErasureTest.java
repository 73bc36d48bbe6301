package com.pazpaz.command.workspace;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.ChangeUserRoleCommand;
import com.pazpaz.kernel.workspace.DeactivateUserCommand;
import com.pazpaz.kernel.workspace.EraseUserCommand;
import com.pazpaz.kernel.workspace.ReactivateUserCommand;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserErasedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of erasing a user of the practice (decision 267). */
class UserErasureTest {

    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final UserId OWNER = UserId.of(UUID.randomUUID());
    private static final UserId ASSISTANT = UserId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-04T10:00:00Z");
    private static final WorkspaceCreatedEvent CREATED = new WorkspaceCreatedEvent(
            WORKSPACE,
            "Practice",
            Workspace.DEFAULT_STORAGE_QUOTA_BYTES,
            OWNER,
            null,
            null,
            T0,
            StaffFixtures.ciphertext(1),
            StaffFixtures.ciphertext(2));
    private static final AssistantAddedEvent ASSISTANT_ADDED = new AssistantAddedEvent(
            WORKSPACE, ASSISTANT, null, null, T0, StaffFixtures.ciphertext(3), StaffFixtures.ciphertext(4));
    private static final UserErasedEvent ASSISTANT_ERASED = new UserErasedEvent(WORKSPACE, ASSISTANT, T0);

    private AggregateTestFixture<Workspace> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workspace.class);
    }

    @Test
    void erasingAnAssistantRecordsIt() {
        fixture.given(CREATED, ASSISTANT_ADDED)
                .when(new EraseUserCommand(WORKSPACE, ASSISTANT, OWNER, T1))
                .expectEvents(new UserErasedEvent(WORKSPACE, ASSISTANT, T1));
    }

    @Test
    void aDeactivatedUserCanBeErased() {
        fixture.given(CREATED, ASSISTANT_ADDED, new UserDeactivatedEvent(WORKSPACE, ASSISTANT, T0))
                .when(new EraseUserCommand(WORKSPACE, ASSISTANT, OWNER, T1))
                .expectEvents(new UserErasedEvent(WORKSPACE, ASSISTANT, T1));
    }

    @Test
    void erasingAnErasedUserAgainChangesNothing() {
        fixture.given(CREATED, ASSISTANT_ADDED, ASSISTANT_ERASED)
                .when(new EraseUserCommand(WORKSPACE, ASSISTANT, OWNER, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void erasingSomeoneOutsideTheWorkspaceIsNotFound() {
        fixture.given(CREATED)
                .when(new EraseUserCommand(WORKSPACE, ASSISTANT, OWNER, T1))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void nobodyErasesThemselves() {
        fixture.given(CREATED, ASSISTANT_ADDED, new UserRoleChangedEvent(WORKSPACE, ASSISTANT, Role.OWNER, T0))
                .when(new EraseUserCommand(WORKSPACE, OWNER, OWNER, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("A user cannot erase themselves; another owner can")
                .expectNoEvents();
    }

    @Test
    void theOnlyActiveOwnerCannotBeErased() {
        fixture.given(CREATED, ASSISTANT_ADDED)
                .when(new EraseUserCommand(WORKSPACE, OWNER, ASSISTANT, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("The workspace must keep at least one active owner");
    }

    @Test
    void anErasedUserIsNotReactivated() {
        fixture.given(CREATED, ASSISTANT_ADDED, ASSISTANT_ERASED)
                .when(new ReactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("The user was erased");
    }

    @Test
    void anErasedUserIsGivenNoRole() {
        fixture.given(CREATED, ASSISTANT_ADDED, ASSISTANT_ERASED)
                .when(new ChangeUserRoleCommand(WORKSPACE, ASSISTANT, Role.OWNER, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("The user was erased");
    }

    @Test
    void deactivatingAnErasedUserChangesNothing() {
        fixture.given(CREATED, ASSISTANT_ADDED, ASSISTANT_ERASED)
                .when(new DeactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anErasedOwnerNoLongerCountsAsAnActiveOwner() {
        fixture.given(
                        CREATED,
                        ASSISTANT_ADDED,
                        new UserRoleChangedEvent(WORKSPACE, ASSISTANT, Role.OWNER, T0),
                        ASSISTANT_ERASED)
                .when(new DeactivateUserCommand(WORKSPACE, OWNER, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("The workspace must keep at least one active owner");
    }
}
