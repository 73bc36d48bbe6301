package com.pazpaz.command.careplan;

import com.pazpaz.kernel.careplan.ActivateCarePlanCommand;
import com.pazpaz.kernel.careplan.CarePlanActivatedEvent;
import com.pazpaz.kernel.careplan.CarePlanClosedEvent;
import com.pazpaz.kernel.careplan.CarePlanContent;
import com.pazpaz.kernel.careplan.CarePlanCreatedEvent;
import com.pazpaz.kernel.careplan.CarePlanDraftSavedEvent;
import com.pazpaz.kernel.careplan.CarePlanGoal;
import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import com.pazpaz.kernel.careplan.CarePlanStatus;
import com.pazpaz.kernel.careplan.CloseCarePlanCommand;
import com.pazpaz.kernel.careplan.CreateCarePlanCommand;
import com.pazpaz.kernel.careplan.GoalStatus;
import com.pazpaz.kernel.careplan.ReviseCarePlanCommand;
import com.pazpaz.kernel.careplan.SaveCarePlanDraftCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every lifecycle rule of a plan of care: given events, when a command, then events or an exception. */
class CarePlanTest {

    private static final CarePlanId PLAN = CarePlanId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final WorkspaceId OTHER_WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final UserId AUTHOR = UserId.of(UUID.randomUUID());
    private static final UUID REVISION = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final CarePlanContent WITH_GOAL = content(
            "p",
            List.of(new CarePlanGoal(
                    UUID.randomUUID(),
                    cipher("g"),
                    LocalDate.parse("2026-06-01"),
                    GoalStatus.ACTIVE,
                    cipher("b"),
                    null)));
    private static final CarePlanContent WITHOUT_GOAL = content("p", List.of());
    private static final EncryptedValue REASON = cipher("why");

    private AggregateTestFixture<CarePlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CarePlan.class);
    }

    @Test
    void aNewPlanIsADraft() {
        fixture.givenNoPriorActivity()
                .when(new CreateCarePlanCommand(PLAN, WORKSPACE, CLIENT, AUTHOR, WITH_GOAL, T0))
                .expectEvents(new CarePlanCreatedEvent(PLAN, WORKSPACE, CLIENT, AUTHOR, WITH_GOAL, T0));
    }

    @Test
    void aDraftIsSavedWhole() {
        fixture.given(created(WITHOUT_GOAL))
                .when(new SaveCarePlanDraftCommand(PLAN, WORKSPACE, AUTHOR, WITH_GOAL, T1, null))
                .expectEvents(new CarePlanDraftSavedEvent(PLAN, WORKSPACE, AUTHOR, WITH_GOAL, T1));
    }

    @Test
    void anActivePlanIsNotSavedAsADraft() {
        fixture.given(created(WITH_GOAL), activated())
                .when(new SaveCarePlanDraftCommand(PLAN, WORKSPACE, AUTHOR, WITH_GOAL, T1, null))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void cannotActivateAPlanWithoutAGoal() {
        fixture.given(created(WITHOUT_GOAL))
                .when(new ActivateCarePlanCommand(PLAN, WORKSPACE, AUTHOR, T1, null))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void activatingAnActivePlanAgainChangesNothing() {
        fixture.given(created(WITH_GOAL), activated())
                .when(new ActivateCarePlanCommand(PLAN, WORKSPACE, AUTHOR, T1, null))
                .expectNoEvents();
    }

    @Test
    void anActivePlanIsRevisedWithWhoWhenAndWhy() {
        fixture.given(created(WITH_GOAL), activated())
                .when(new ReviseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, WITH_GOAL, REVISION, REASON, T1, null))
                .expectEvents(new CarePlanRevisedEvent(PLAN, WORKSPACE, AUTHOR, REVISION, 1, REASON, WITH_GOAL, T1));
    }

    @Test
    void revisionsAreNumberedInOrder() {
        fixture.given(
                        created(WITH_GOAL),
                        activated(),
                        new CarePlanRevisedEvent(PLAN, WORKSPACE, AUTHOR, UUID.randomUUID(), 1, REASON, WITH_GOAL, T0))
                .when(new ReviseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, WITH_GOAL, REVISION, REASON, T1, null))
                .expectEvents(new CarePlanRevisedEvent(PLAN, WORKSPACE, AUTHOR, REVISION, 2, REASON, WITH_GOAL, T1));
    }

    @Test
    void aDraftIsNotRevised() {
        fixture.given(created(WITH_GOAL))
                .when(new ReviseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, WITH_GOAL, REVISION, REASON, T1, null))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void anActivePlanKeepsAGoal() {
        fixture.given(created(WITH_GOAL), activated())
                .when(new ReviseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, WITHOUT_GOAL, REVISION, REASON, T1, null))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void anActivePlanIsClosedWithAReason() {
        fixture.given(created(WITH_GOAL), activated())
                .when(new CloseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, CarePlanStatus.COMPLETED, REASON, T1, null))
                .expectEvents(new CarePlanClosedEvent(PLAN, WORKSPACE, AUTHOR, CarePlanStatus.COMPLETED, REASON, T1));
    }

    @Test
    void aDraftCanBeDiscontinuedButNotCompleted() {
        fixture.given(created(WITH_GOAL))
                .when(new CloseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, CarePlanStatus.COMPLETED, REASON, T1, null))
                .expectException(BusinessRuleViolation.class);
        fixture.given(created(WITH_GOAL))
                .when(new CloseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, CarePlanStatus.DISCONTINUED, REASON, T1, null))
                .expectEvents(
                        new CarePlanClosedEvent(PLAN, WORKSPACE, AUTHOR, CarePlanStatus.DISCONTINUED, REASON, T1));
    }

    @Test
    void aClosedPlanChangesNoMore() {
        CarePlanClosedEvent closed =
                new CarePlanClosedEvent(PLAN, WORKSPACE, AUTHOR, CarePlanStatus.COMPLETED, REASON, T0);
        fixture.given(created(WITH_GOAL), activated(), closed)
                .when(new ReviseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, WITH_GOAL, REVISION, REASON, T1, null))
                .expectException(BusinessRuleViolation.class);
        fixture.given(created(WITH_GOAL), activated(), closed)
                .when(new CloseCarePlanCommand(PLAN, WORKSPACE, AUTHOR, CarePlanStatus.DISCONTINUED, REASON, T1, null))
                .expectException(BusinessRuleViolation.class);
        fixture.given(created(WITH_GOAL), activated(), closed)
                .when(new ActivateCarePlanCommand(PLAN, WORKSPACE, AUTHOR, T1, null))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void anotherPracticesPlanIsNotFound() {
        fixture.given(created(WITH_GOAL))
                .when(new ActivateCarePlanCommand(PLAN, OTHER_WORKSPACE, AUTHOR, T1, null))
                .expectException(RecordNotFoundException.class);
    }

    private static CarePlanCreatedEvent created(CarePlanContent content) {
        return new CarePlanCreatedEvent(PLAN, WORKSPACE, CLIENT, AUTHOR, content, T0);
    }

    private static CarePlanActivatedEvent activated() {
        return new CarePlanActivatedEvent(PLAN, WORKSPACE, AUTHOR, T0);
    }

    private static CarePlanContent content(String problem, List<CarePlanGoal> goals) {
        return new CarePlanContent(cipher(problem), null, goals, List.of(), LocalDate.parse("2026-04-01"));
    }

    /** Stand-in ciphertext: the aggregate never looks inside. */
    private static EncryptedValue cipher(String marker) {
        return EncryptedValue.of(("k1:" + marker).getBytes(StandardCharsets.US_ASCII));
    }
}
