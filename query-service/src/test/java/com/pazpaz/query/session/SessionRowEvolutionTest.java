package com.pazpaz.query.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;
import com.pazpaz.kernel.session.SoapField;
import com.pazpaz.kernel.session.SoapNote;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the note events shape a {@code sessions} row, as the reference's columns would read (R-SES-5, R-UNF-2). */
class SessionRowEvolutionTest {

    private static final SessionId SESSION = SessionId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final UserId AUTHOR = UserId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final SoapNote TEXT = SoapNote.of(Map.of(SoapField.PLAN, cipher("p")));

    @Test
    void theVersionCountsSavesFinalizeAmendAndUnfinalizeButNotDeleteOrRestore() {
        SessionRow row = SessionRowEvolution.created(new SessionDraftCreatedEvent(
                SESSION, WORKSPACE, ClientId.of(UUID.randomUUID()), null, AUTHOR, TEXT, T0, 30, T0));
        assertThat(row.version()).isEqualTo(1);
        assertThat(row.isDraft()).isTrue();
        assertThat(row.draftLastSavedAt()).isEqualTo(T0);

        SessionRowEvolution.apply(row, new SessionDraftSavedEvent(SESSION, WORKSPACE, AUTHOR, TEXT, T0, 45, at(1)));
        SessionRowEvolution.apply(
                row, new SessionFinalizedEvent(SESSION, WORKSPACE, AUTHOR, at(2), UUID.randomUUID(), 1, TEXT));
        assertThat(row.version()).isEqualTo(3);
        assertThat(row.isDraft()).isFalse();
        assertThat(row.finalizedAt()).isEqualTo(at(2));
        assertThat(row.durationMinutes()).isEqualTo(45);

        SessionRowEvolution.apply(
                row,
                new SessionAmendedEvent(
                        SESSION,
                        WORKSPACE,
                        AUTHOR,
                        at(3),
                        UUID.randomUUID(),
                        2,
                        TEXT,
                        null,
                        SoapNote.of(Map.of(SoapField.PLAN, cipher("p2"))),
                        T0,
                        45,
                        1));
        assertThat(row.version()).isEqualTo(4);
        assertThat(row.amendmentCount()).isEqualTo(1);
        assertThat(row.amendedAt()).isEqualTo(at(3));
        assertThat(row.finalizedAt()).isEqualTo(at(2));
        assertThat(row.soap().get(SoapField.PLAN)).isEqualTo(cipher("p2"));

        SessionRowEvolution.apply(
                row, new SessionSoftDeletedEvent(SESSION, WORKSPACE, AUTHOR, cipher("why"), at(4), at(5)));
        assertThat(row.deletedAt()).isEqualTo(at(4));
        assertThat(row.deletedReason()).isEqualTo(cipher("why"));
        SessionRowEvolution.apply(row, new SessionRestoredEvent(SESSION, WORKSPACE, at(5)));
        assertThat(row.deletedAt()).isNull();
        assertThat(row.deletedReason()).isNull();
        assertThat(row.permanentDeleteAfter()).isNull();
        assertThat(row.version()).isEqualTo(4);

        SessionRowEvolution.apply(row, new SessionUnfinalizedEvent(SESSION, WORKSPACE, at(6), 2, null));
        assertThat(row.version()).isEqualTo(5);
        assertThat(row.isDraft()).isTrue();
        assertThat(row.finalizedAt()).isNull();
        assertThat(row.amendmentCount()).isZero();
        assertThat(row.amendedAt()).isNull();
        assertThat(row.draftLastSavedAt()).isEqualTo(at(6));
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static EncryptedValue cipher(String marker) {
        return EncryptedValue.of(("k1:" + marker).getBytes(StandardCharsets.US_ASCII));
    }
}
