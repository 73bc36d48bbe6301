package com.pazpaz.command.session;

import com.pazpaz.command.client.ClientLookup;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.session.AmendSessionCommand;
import com.pazpaz.kernel.session.CreateSessionCommand;
import com.pazpaz.kernel.session.DeleteSessionCommand;
import com.pazpaz.kernel.session.FinalizeSessionCommand;
import com.pazpaz.kernel.session.PurgeReason;
import com.pazpaz.kernel.session.PurgeSessionCommand;
import com.pazpaz.kernel.session.RestoreSessionCommand;
import com.pazpaz.kernel.session.SaveSessionDraftCommand;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionPatch;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;
import com.pazpaz.kernel.session.SoapField;
import com.pazpaz.kernel.session.SoapNote;
import com.pazpaz.kernel.session.UnfinalizeSessionCommand;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every lifecycle rule of a clinical note: given events, when a command, then events or an exception. */
class SessionTest {

    private static final SessionId SESSION = SessionId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final WorkspaceId OTHER_WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final UserId AUTHOR = UserId.of(UUID.randomUUID());
    private static final UserId REVIEWER = UserId.of(UUID.randomUUID());
    private static final UUID APPOINTMENT = UUID.randomUUID();
    private static final UUID V1 = UUID.randomUUID();
    private static final UUID V2 = UUID.randomUUID();
    private static final Instant DATE = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final Instant DEADLINE = T1.plus(Duration.ofDays(30));
    private static final SoapNote TEXT =
            SoapNote.of(Map.of(SoapField.SUBJECTIVE, cipher("s"), SoapField.PLAN, cipher("p")));

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Session.class);
        fixture.registerInjectableResource(
                (ClientLookup) (client, workspace) -> client.equals(CLIENT) && workspace.equals(WORKSPACE));
        // a stand-in appointment: only these fixture tests may pretend one exists (issue 4 builds them)
        fixture.registerInjectableResource((AppointmentLookup)
                (appointment, workspace) -> appointment.equals(APPOINTMENT) && workspace.equals(WORKSPACE));
        fixture.registerInjectableResource(
                (SnapshotSealer) (note, client, session, versionId) -> sealed(note, versionId));
    }

    @Test
    void creatingANoteStartsADraftWithTheGivenText() {
        fixture.givenNoPriorActivity().when(create(null)).expectEvents(created(null));
    }

    @Test
    void aNoteMayBeLinkedToAnAppointmentOfTheWorkspace() {
        fixture.givenNoPriorActivity().when(create(APPOINTMENT)).expectEvents(created(APPOINTMENT));
    }

    @Test
    void aNoteLinkedToAnUnknownAppointmentIsNotFound() {
        fixture.givenNoPriorActivity().when(create(UUID.randomUUID())).expectException(RecordNotFoundException.class);
    }

    @Test
    void aNoteForAClientOfAnotherWorkspaceIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateSessionCommand(SESSION, OTHER_WORKSPACE, CLIENT, null, AUTHOR, TEXT, DATE, 50, T0))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void savingADraftReplacesSentFieldsClearsNulledOnesAndKeepsTheRest() {
        Map<SoapField, EncryptedValue> changes = new HashMap<>();
        changes.put(SoapField.OBJECTIVE, cipher("o"));
        changes.put(SoapField.PLAN, null);
        SessionPatch patch = new SessionPatch(changes, DATE.minusSeconds(3600), true, null);
        SoapNote expected = SoapNote.of(Map.of(SoapField.SUBJECTIVE, cipher("s"), SoapField.OBJECTIVE, cipher("o")));
        fixture.given(created(null))
                .when(save(patch, false))
                .expectEvents(new SessionDraftSavedEvent(
                        SESSION, WORKSPACE, AUTHOR, expected, DATE.minusSeconds(3600), null, T1));
    }

    @Test
    void anEmptySaveChangesNothing() {
        fixture.given(created(null), finalized())
                .when(save(SessionPatch.NONE, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAutosaveOfAFinalizedNoteIsRefusedAsAConflict() {
        fixture.given(created(null), finalized())
                .when(save(soapPatch(SoapField.PLAN, "p2"), false))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(
                        "A finalized session changes only by amendment (POST /amend), " + "not by autosave")
                .expectNoEvents();
    }

    @Test
    void aPlainSaveOfAFinalizedNoteIsRefusedBecauseAnAmendmentSaysWhy() {
        fixture.given(created(null), finalized())
                .when(save(soapPatch(SoapField.PLAN, "p2"), true))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(
                        "A finalized session changes only by amendment with a reason: " + "POST /sessions/{id}/amend")
                .expectNoEvents();
    }

    @Test
    void finalizingKeepsTheTextAsVersionOne() {
        fixture.given(created(null))
                .when(new FinalizeSessionCommand(SESSION, WORKSPACE, AUTHOR, V1, T1, null))
                .expectEvents(finalized());
    }

    @Test
    void anEmptyNoteCannotBeFinalized() {
        fixture.given(new SessionDraftCreatedEvent(
                        SESSION, WORKSPACE, CLIENT, null, AUTHOR, SoapNote.EMPTY, DATE, null, T0))
                .when(new FinalizeSessionCommand(SESSION, WORKSPACE, AUTHOR, V1, T1, null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Cannot finalize session: at least one SOAP field must have content");
    }

    @Test
    void aFinalizedNoteCannotBeFinalizedAgain() {
        fixture.given(created(null), finalized())
                .when(new FinalizeSessionCommand(SESSION, WORKSPACE, AUTHOR, V2, T2, null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Session is already finalized");
    }

    @Test
    void theContentCheckComesBeforeTheAlreadyFinalizedCheck() {
        fixture.given(created(null), finalized(), amended(V2, 2, TEXT, cipher("r"), SoapNote.EMPTY, 1))
                .when(new FinalizeSessionCommand(SESSION, WORKSPACE, AUTHOR, UUID.randomUUID(), T2, null))
                .expectExceptionMessage("Cannot finalize session: at least one SOAP field must have content");
    }

    @Test
    void amendingKeepsTheTextBeforeTheChangeAsTheNextVersion() {
        SoapNote afterFirst = withPlan("p2");
        fixture.given(created(null), finalized(), amended(V2, 2, TEXT, cipher("r1"), afterFirst, 1))
                .when(new AmendSessionCommand(
                        SESSION, WORKSPACE, REVIEWER, soapPatch(SoapField.PLAN, "p3"), cipher("r2"), V1, T2, null))
                .expectEvents(amended(V1, 3, afterFirst, cipher("r2"), withPlan("p3"), 2));
    }

    @Test
    void aDraftCannotBeAmended() {
        fixture.given(created(null))
                .when(amend(soapPatch(SoapField.PLAN, "p2")))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Cannot amend a draft; save it instead");
    }

    @Test
    void aDeletedNoteCannotBeAmended() {
        fixture.given(created(null), finalized(), deleted())
                .when(amend(soapPatch(SoapField.PLAN, "p2")))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Cannot amend a deleted session");
    }

    @Test
    void anAmendmentMustChangeSomething() {
        fixture.given(created(null), finalized())
                .when(amend(SessionPatch.NONE))
                .expectExceptionMessage("An amendment must change at least one field");
    }

    @Test
    void unfinalizingReturnsToDraftAndCountsTheVersionsTheReadModelDrops() {
        fixture.given(created(null), finalized(), amended(V2, 2, TEXT, null, withPlan("p2"), 1))
                .when(new UnfinalizeSessionCommand(SESSION, WORKSPACE, T2, cipher("why"), null))
                .expectEvents(new SessionUnfinalizedEvent(SESSION, WORKSPACE, T2, 2, cipher("why")));
    }

    @Test
    void unfinalizingADraftIsABadRequest() {
        fixture.given(created(null))
                .when(new UnfinalizeSessionCommand(SESSION, WORKSPACE, T2, cipher("why"), null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Session is already a draft");
    }

    @Test
    void finalizingAgainAfterUnfinalizeStartsAtVersionOne() {
        fixture.given(
                        created(null),
                        finalized(),
                        amended(V2, 2, TEXT, null, withPlan("p2"), 1),
                        new SessionUnfinalizedEvent(SESSION, WORKSPACE, T2, 2, cipher("why")))
                .when(new FinalizeSessionCommand(SESSION, WORKSPACE, AUTHOR, V1, T2, null))
                .expectEvents(
                        new SessionFinalizedEvent(SESSION, WORKSPACE, AUTHOR, T2, V1, 1, sealed(withPlan("p2"), V1)));
    }

    @Test
    void deletingStartsAThirtyDayGracePeriod() {
        fixture.given(created(null), finalized())
                .when(new DeleteSessionCommand(SESSION, WORKSPACE, REVIEWER, cipher("why"), T1, null))
                .expectEvents(new SessionSoftDeletedEvent(SESSION, WORKSPACE, REVIEWER, cipher("why"), T1, DEADLINE));
    }

    @Test
    void anImportedDeletionKeepsThePurgeDateTheReferencePromised() {
        Instant promised = T1.plus(Duration.ofDays(45));
        fixture.given(created(null), finalized())
                .when(new DeleteSessionCommand(SESSION, WORKSPACE, REVIEWER, null, T1, promised, null))
                .expectEvents(new SessionSoftDeletedEvent(SESSION, WORKSPACE, REVIEWER, null, T1, promised));
    }

    @Test
    void aPurgeDateBeforeTheDeletionIsRefused() {
        fixture.given(created(null))
                .when(new DeleteSessionCommand(SESSION, WORKSPACE, REVIEWER, null, T1, T1.minusMillis(1), null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("A note cannot be due for permanent deletion before it was deleted");
    }

    @Test
    void anImportedDeletionWhosePurgeDateHasPassedIsPurgedByTheNextRun() {
        Instant promised = T1.plusSeconds(1);
        Instant nextRun = T2;
        fixture.given(created(null), new SessionSoftDeletedEvent(SESSION, WORKSPACE, REVIEWER, null, T1, promised))
                .when(purge(PurgeReason.GRACE_PERIOD_EXPIRED, nextRun))
                .expectEvents(
                        new SessionPurgedEvent(SESSION, WORKSPACE, CLIENT, PurgeReason.GRACE_PERIOD_EXPIRED, nextRun));
    }

    @Test
    void deletingADeletedNoteIsNotFound() {
        fixture.given(created(null), deleted())
                .when(new DeleteSessionCommand(SESSION, WORKSPACE, REVIEWER, null, T2, null))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void aDeletedNoteCannotBeSaved() {
        fixture.given(created(null), deleted())
                .when(save(soapPatch(SoapField.PLAN, "p2"), true))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void aDeletedNoteCannotBeFinalized() {
        fixture.given(created(null), deleted())
                .when(new FinalizeSessionCommand(SESSION, WORKSPACE, AUTHOR, V1, T2, null))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void aDeletedNoteCannotBeUnfinalized() {
        fixture.given(created(null), finalized(), deleted())
                .when(new UnfinalizeSessionCommand(SESSION, WORKSPACE, T2, cipher("why"), null))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void aDeletedNoteCanBeRestoredUpToTheDeadlineItself() {
        fixture.given(created(null), deleted())
                .when(new RestoreSessionCommand(SESSION, WORKSPACE, DEADLINE, null))
                .expectEvents(new SessionRestoredEvent(SESSION, WORKSPACE, DEADLINE));
    }

    @Test
    void restoringAfterTheGracePeriodIsGone() {
        fixture.given(created(null), deleted())
                .when(new RestoreSessionCommand(SESSION, WORKSPACE, DEADLINE.plusMillis(1), null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Session cannot be restored: 30-day grace period has expired. "
                        + "Session was scheduled for permanent deletion on " + DEADLINE + ".");
    }

    @Test
    void restoringANoteThatIsNotDeletedIsNotFound() {
        fixture.given(created(null))
                .when(new RestoreSessionCommand(SESSION, WORKSPACE, T1, null))
                .expectException(RecordNotFoundException.class)
                .expectExceptionMessage("Session is not deleted");
    }

    @Test
    void aRestoredNoteCanBeEditedAgain() {
        fixture.given(created(null), deleted(), new SessionRestoredEvent(SESSION, WORKSPACE, T2))
                .when(save(soapPatch(SoapField.PLAN, "p2"), false))
                .expectEvents(new SessionDraftSavedEvent(SESSION, WORKSPACE, AUTHOR, withPlan("p2"), DATE, 50, T1));
    }

    @Test
    void onlyADeletedNoteCanBePurged() {
        fixture.given(created(null))
                .when(purge(PurgeReason.PERMANENT_DELETE_REQUESTED, T1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Session must be soft-deleted before permanent deletion. "
                        + "Use DELETE /sessions/{id} first.");
    }

    @Test
    void aDeletedNoteCanBePurgedOnRequestAtOnce() {
        fixture.given(created(null), deleted())
                .when(purge(PurgeReason.PERMANENT_DELETE_REQUESTED, T2))
                .expectEvents(
                        new SessionPurgedEvent(SESSION, WORKSPACE, CLIENT, PurgeReason.PERMANENT_DELETE_REQUESTED, T2));
    }

    @Test
    void theJobPurgesOnlyAfterTheGracePeriod() {
        fixture.given(created(null), deleted())
                .when(purge(PurgeReason.GRACE_PERIOD_EXPIRED, DEADLINE))
                .expectExceptionMessage("The session's grace period has not expired yet");
    }

    @Test
    void theJobPurgesANoteWhoseGracePeriodIsOver() {
        Instant later = DEADLINE.plusSeconds(1);
        fixture.given(created(null), deleted())
                .when(purge(PurgeReason.GRACE_PERIOD_EXPIRED, later))
                .expectEvents(
                        new SessionPurgedEvent(SESSION, WORKSPACE, CLIENT, PurgeReason.GRACE_PERIOD_EXPIRED, later));
    }

    @Test
    void aPurgedNoteNoLongerExists() {
        fixture.given(
                        created(null),
                        deleted(),
                        new SessionPurgedEvent(SESSION, WORKSPACE, CLIENT, PurgeReason.PERMANENT_DELETE_REQUESTED, T2))
                .when(new RestoreSessionCommand(SESSION, WORKSPACE, T2, null))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void anotherWorkspaceCannotSaveTheNote() {
        fixture.given(created(null))
                .when(new SaveSessionDraftCommand(
                        SESSION, OTHER_WORKSPACE, AUTHOR, soapPatch(SoapField.PLAN, "x"), true, V2, T1, null))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void anotherWorkspaceCannotAmendTheNote() {
        fixture.given(created(null), finalized())
                .when(new AmendSessionCommand(
                        SESSION, OTHER_WORKSPACE, AUTHOR, soapPatch(SoapField.PLAN, "x"), cipher("r"), V2, T1, null))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void anotherWorkspaceCannotDeleteRestoreOrPurgeTheNote() {
        fixture.given(created(null))
                .when(new DeleteSessionCommand(SESSION, OTHER_WORKSPACE, AUTHOR, null, T1, null))
                .expectException(RecordNotFoundException.class);
        fixture.given(created(null), deleted())
                .when(new RestoreSessionCommand(SESSION, OTHER_WORKSPACE, T1, null))
                .expectException(RecordNotFoundException.class);
        fixture.given(created(null), deleted())
                .when(new PurgeSessionCommand(
                        SESSION, OTHER_WORKSPACE, PurgeReason.PERMANENT_DELETE_REQUESTED, T2, null))
                .expectException(RecordNotFoundException.class);
    }

    private static CreateSessionCommand create(UUID appointment) {
        return new CreateSessionCommand(SESSION, WORKSPACE, CLIENT, appointment, AUTHOR, TEXT, DATE, 50, T0);
    }

    private static SessionDraftCreatedEvent created(UUID appointment) {
        return new SessionDraftCreatedEvent(SESSION, WORKSPACE, CLIENT, appointment, AUTHOR, TEXT, DATE, 50, T0);
    }

    private static SessionFinalizedEvent finalized() {
        return new SessionFinalizedEvent(SESSION, WORKSPACE, AUTHOR, T1, V1, 1, sealed(TEXT, V1));
    }

    private static SessionAmendedEvent amended(
            UUID versionId, int number, SoapNote before, EncryptedValue reason, SoapNote after, int count) {
        return new SessionAmendedEvent(
                SESSION,
                WORKSPACE,
                REVIEWER,
                T2,
                versionId,
                number,
                sealed(before, versionId),
                reason,
                after,
                DATE,
                50,
                count);
    }

    private static SessionSoftDeletedEvent deleted() {
        return new SessionSoftDeletedEvent(SESSION, WORKSPACE, REVIEWER, null, T1, DEADLINE);
    }

    private static SaveSessionDraftCommand save(SessionPatch patch, boolean amendIfFinalized) {
        return new SaveSessionDraftCommand(SESSION, WORKSPACE, AUTHOR, patch, amendIfFinalized, V2, T1, null);
    }

    private static AmendSessionCommand amend(SessionPatch patch) {
        return new AmendSessionCommand(SESSION, WORKSPACE, REVIEWER, patch, cipher("r"), V2, T2, null);
    }

    private static PurgeSessionCommand purge(PurgeReason reason, Instant at) {
        return new PurgeSessionCommand(SESSION, WORKSPACE, reason, at, null);
    }

    private static SessionPatch soapPatch(SoapField field, String marker) {
        return SessionPatch.ofSoap(Map.of(field, cipher(marker)));
    }

    private static SoapNote withPlan(String marker) {
        return TEXT.revisedBy(Map.of(SoapField.PLAN, cipher(marker)));
    }

    /** A stand-in for re-encryption: recognisably the same text, bound to the version row. */
    private static SoapNote sealed(SoapNote note, UUID versionId) {
        Map<SoapField, EncryptedValue> fields = new EnumMap<>(SoapField.class);
        note.fields()
                .forEach((field, value) -> fields.put(
                        field, cipher(new String(value.bytes(), StandardCharsets.US_ASCII) + "@" + versionId)));
        return SoapNote.of(fields);
    }

    /** Stand-in ciphertext: the aggregate never looks inside. */
    private static EncryptedValue cipher(String marker) {
        return EncryptedValue.of(("k1:" + marker).getBytes(StandardCharsets.US_ASCII));
    }
}
