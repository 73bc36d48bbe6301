package com.pazpaz.command.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.AddAssistantCommand;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.ChangeStorageQuotaCommand;
import com.pazpaz.kernel.workspace.ChangeUserRoleCommand;
import com.pazpaz.kernel.workspace.CreateWorkspaceCommand;
import com.pazpaz.kernel.workspace.DeactivateUserCommand;
import com.pazpaz.kernel.workspace.ReactivateUserCommand;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.SetAvailableHoursCommand;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserReactivatedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WeeklyHours;
import com.pazpaz.kernel.workspace.WeeklyInterval;
import com.pazpaz.kernel.workspace.WorkspaceAvailableHoursSetEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceStorageQuotaChangedEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of the workspace aggregate: its staff and its storage quota. */
class WorkspaceTest {

    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final UserId OWNER = UserId.of(UUID.randomUUID());
    private static final UserId ASSISTANT = UserId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-04T10:00:00Z");
    private static final long TEN_GIB = 10L * 1024 * 1024 * 1024;
    private static final EncryptedValue OWNER_EMAIL = StaffFixtures.ciphertext(1);
    private static final EncryptedValue OWNER_NAME = StaffFixtures.ciphertext(2);
    private static final EncryptedValue ASSISTANT_EMAIL = StaffFixtures.ciphertext(3);
    private static final EncryptedValue ASSISTANT_NAME = StaffFixtures.ciphertext(4);
    private static final WorkspaceCreatedEvent CREATED =
            new WorkspaceCreatedEvent(WORKSPACE, "Practice", TEN_GIB, OWNER, null, null, T0, OWNER_EMAIL, OWNER_NAME);
    private static final AssistantAddedEvent ASSISTANT_ADDED =
            new AssistantAddedEvent(WORKSPACE, ASSISTANT, null, null, T0, ASSISTANT_EMAIL, ASSISTANT_NAME);

    private AggregateTestFixture<Workspace> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workspace.class);
    }

    @Test
    void openingAWorkspaceRecordsItsOwnerWithTheirNameAndEmailEncryptedAndTheDefaultQuota() {
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(WORKSPACE, "Practice", OWNER, OWNER_EMAIL, OWNER_NAME, T0))
                .expectEvents(CREATED);
    }

    @Test
    void addingAnAssistantRecordsTheAssistantWithTheirNameAndEmailEncrypted() {
        fixture.given(CREATED)
                .when(new AddAssistantCommand(WORKSPACE, ASSISTANT, ASSISTANT_EMAIL, ASSISTANT_NAME, T0))
                .expectEvents(ASSISTANT_ADDED);
    }

    @Test
    void usersOfRevisionOneEventsWithPlaintextStillCountAsStaff() {
        fixture.given(
                        new WorkspaceCreatedEvent(
                                WORKSPACE, "Practice", TEN_GIB, OWNER, "owner@p.test", "Olga", T0, null, null),
                        new AssistantAddedEvent(WORKSPACE, ASSISTANT, "assistant@p.test", "Avi", T0, null, null))
                .when(new DeactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectEvents(new UserDeactivatedEvent(WORKSPACE, ASSISTANT, T1));
    }

    @Test
    void promotingAnAssistantRecordsTheNewRole() {
        fixture.given(CREATED, ASSISTANT_ADDED)
                .when(new ChangeUserRoleCommand(WORKSPACE, ASSISTANT, Role.OWNER, T1))
                .expectEvents(new UserRoleChangedEvent(WORKSPACE, ASSISTANT, Role.OWNER, T1));
    }

    @Test
    void givingAUserTheRoleTheyHaveChangesNothing() {
        fixture.given(CREATED, ASSISTANT_ADDED)
                .when(new ChangeUserRoleCommand(WORKSPACE, ASSISTANT, Role.ASSISTANT, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theOnlyActiveOwnerCannotBeDemoted() {
        fixture.given(CREATED, ASSISTANT_ADDED)
                .when(new ChangeUserRoleCommand(WORKSPACE, OWNER, Role.ASSISTANT, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("The workspace must keep at least one active owner");
    }

    @Test
    void anOwnerCanBeDemotedOnceAnotherActiveOwnerExists() {
        fixture.given(CREATED, ASSISTANT_ADDED, new UserRoleChangedEvent(WORKSPACE, ASSISTANT, Role.OWNER, T0))
                .when(new ChangeUserRoleCommand(WORKSPACE, OWNER, Role.ASSISTANT, T1))
                .expectEvents(new UserRoleChangedEvent(WORKSPACE, OWNER, Role.ASSISTANT, T1));
    }

    @Test
    void aDeactivatedSecondOwnerDoesNotCountAsAnActiveOwner() {
        fixture.given(
                        CREATED,
                        ASSISTANT_ADDED,
                        new UserRoleChangedEvent(WORKSPACE, ASSISTANT, Role.OWNER, T0),
                        new UserDeactivatedEvent(WORKSPACE, ASSISTANT, T0))
                .when(new DeactivateUserCommand(WORKSPACE, OWNER, T1))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void changingTheRoleOfSomeoneOutsideTheWorkspaceIsNotFound() {
        fixture.given(CREATED)
                .when(new ChangeUserRoleCommand(WORKSPACE, ASSISTANT, Role.OWNER, T1))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void deactivatingAnAssistantRecordsIt() {
        fixture.given(CREATED, ASSISTANT_ADDED)
                .when(new DeactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectEvents(new UserDeactivatedEvent(WORKSPACE, ASSISTANT, T1));
    }

    @Test
    void deactivatingAnInactiveUserChangesNothing() {
        fixture.given(CREATED, ASSISTANT_ADDED, new UserDeactivatedEvent(WORKSPACE, ASSISTANT, T0))
                .when(new DeactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theOnlyActiveOwnerCannotBeDeactivated() {
        fixture.given(CREATED, ASSISTANT_ADDED)
                .when(new DeactivateUserCommand(WORKSPACE, OWNER, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("The workspace must keep at least one active owner");
    }

    @Test
    void deactivatingSomeoneOutsideTheWorkspaceIsNotFound() {
        fixture.given(CREATED)
                .when(new DeactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void reactivatingADeactivatedUserRecordsIt() {
        fixture.given(CREATED, ASSISTANT_ADDED, new UserDeactivatedEvent(WORKSPACE, ASSISTANT, T0))
                .when(new ReactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectEvents(new UserReactivatedEvent(WORKSPACE, ASSISTANT, T1));
    }

    @Test
    void reactivatingAnActiveUserChangesNothing() {
        fixture.given(CREATED, ASSISTANT_ADDED)
                .when(new ReactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reactivatingSomeoneOutsideTheWorkspaceIsNotFound() {
        fixture.given(CREATED)
                .when(new ReactivateUserCommand(WORKSPACE, ASSISTANT, T1))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void changingTheQuotaRecordsTheNewQuota() {
        fixture.given(CREATED)
                .when(new ChangeStorageQuotaCommand(WORKSPACE, 1024, T1))
                .expectEvents(new WorkspaceStorageQuotaChangedEvent(WORKSPACE, 1024, T1));
    }

    @Test
    void settingTheQuotaItAlreadyHasChangesNothing() {
        fixture.given(CREATED)
                .when(new ChangeStorageQuotaCommand(WORKSPACE, TEN_GIB, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aQuotaOfZeroOrLessIsInvalid() {
        fixture.given(CREATED)
                .when(new ChangeStorageQuotaCommand(WORKSPACE, 0, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("quota_bytes must be greater than 0");
    }

    private static final WeeklyHours MONDAYS = new WeeklyHours(
            "Europe/Amsterdam",
            List.of(
                    new WeeklyInterval(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)),
                    new WeeklyInterval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));

    @Test
    void settingAvailableHoursRecordsThemInWeekOrder() {
        fixture.given(CREATED)
                .when(new SetAvailableHoursCommand(WORKSPACE, MONDAYS, T1))
                .expectEvents(new WorkspaceAvailableHoursSetEvent(WORKSPACE, MONDAYS, T1));
        assertThat(MONDAYS.intervals().get(0).start()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void settingTheSameAvailableHoursAgainIsANoOp() {
        fixture.given(CREATED, new WorkspaceAvailableHoursSetEvent(WORKSPACE, MONDAYS, T0))
                .when(new SetAvailableHoursCommand(WORKSPACE, MONDAYS, T1))
                .expectNoEvents();
    }

    @Test
    void availableHoursRefuseOverlapsAndZonesThatAreNotRegions() {
        WeeklyInterval morning = new WeeklyInterval(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        WeeklyInterval late = new WeeklyInterval(DayOfWeek.TUESDAY, LocalTime.of(11, 0), LocalTime.of(14, 0));
        assertThatThrownBy(() -> new WeeklyHours("UTC", List.of(morning, late)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WeeklyHours.isRegionZone("+02:00")).isFalse();
        assertThat(WeeklyHours.isRegionZone("Mars/Olympus")).isFalse();
        assertThat(WeeklyHours.firstOverlap(List.of(
                        morning, new WeeklyInterval(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(13, 0)))))
                .isEqualTo(-1);
    }
}
