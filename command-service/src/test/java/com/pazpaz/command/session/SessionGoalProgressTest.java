package com.pazpaz.command.session;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.session.RecordGoalProgressCommand;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionGoalProgressRecordedEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SoapNote;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a note's goal-progress entries: part of the draft's text, refused once finalized or deleted. */
class SessionGoalProgressTest {

    private static final SessionId SESSION = SessionId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final UserId AUTHOR = UserId.of(UUID.randomUUID());
    private static final UUID ENTRY = UUID.randomUUID();
    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID GOAL = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final EncryptedValue NOTE = EncryptedValue.of("k1:n".getBytes(StandardCharsets.US_ASCII));
    private static final SessionDraftCreatedEvent CREATED =
            new SessionDraftCreatedEvent(SESSION, WORKSPACE, CLIENT, null, AUTHOR, SoapNote.of(Map.of()), T0, 50, T0);

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Session.class);
    }

    @Test
    void aDraftRecordsProgressTowardAGoal() {
        fixture.given(CREATED)
                .when(record(WORKSPACE))
                .expectEvents(new SessionGoalProgressRecordedEvent(
                        SESSION, WORKSPACE, CLIENT, AUTHOR, ENTRY, PLAN, GOAL, NOTE, null, T1));
    }

    @Test
    void aFinalizedNoteRecordsNoMoreProgress() {
        fixture.given(
                        CREATED,
                        new SessionFinalizedEvent(
                                SESSION, WORKSPACE, AUTHOR, T0, UUID.randomUUID(), 1, SoapNote.of(Map.of())))
                .when(record(WORKSPACE))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void aDeletedOrForeignNoteIsNotFound() {
        fixture.given(CREATED, new SessionSoftDeletedEvent(SESSION, WORKSPACE, AUTHOR, null, T0, T0.plusSeconds(9)))
                .when(record(WORKSPACE))
                .expectException(RecordNotFoundException.class);
        fixture.given(CREATED)
                .when(record(WorkspaceId.of(UUID.randomUUID())))
                .expectException(RecordNotFoundException.class);
    }

    private static RecordGoalProgressCommand record(WorkspaceId workspace) {
        return new RecordGoalProgressCommand(SESSION, workspace, AUTHOR, ENTRY, PLAN, GOAL, NOTE, null, T1, null);
    }
}
