package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What cannot be undone is the owner's, and says why (issue 13, decision 180). */
class IrreversibleActsEndToEndTest {

    private static Api owner;
    private static Api assistant;
    private static String client;

    @BeforeAll
    static void openPractice() {
        Actor practiceOwner = StackFixture.newPractice(
                "Irreversible " + UUID.randomUUID().toString().substring(0, 8));
        owner = StackFixture.commands(practiceOwner);
        assistant = StackFixture.commands(StackFixture.addAssistant(practiceOwner));
        client = owner.post("/api/v1/clients", Map.of("first_name", "Ir", "last_name", "Rev"))
                .id();
    }

    @Test
    void onlyTheOwnerPermanentlyDeletesANote() {
        String note = finalizedNote();
        assertThat(assistant.delete("/api/v1/sessions/" + note).status()).isEqualTo(200);

        Api.Response refused = assistant.delete("/api/v1/sessions/" + note + "/permanent");
        Api.Response purged = owner.delete("/api/v1/sessions/" + note + "/permanent");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
    }

    @Test
    void onlyTheOwnerUnfinalizesANoteAndSaysWhy() {
        String note = finalizedNote();

        Api.Response byAssistant =
                assistant.post("/api/v1/sessions/" + note + "/unfinalize", Map.of("reason", "Wrong visit"));
        Api.Response withoutReason = owner.post("/api/v1/sessions/" + note + "/unfinalize", null);
        Api.Response blankReason = owner.post("/api/v1/sessions/" + note + "/unfinalize", Map.of("reason", " "));
        Api.Response unfinalized =
                owner.post("/api/v1/sessions/" + note + "/unfinalize", Map.of("reason", "Wrong visit"));

        assertThat(byAssistant.status()).as(byAssistant.toString()).isEqualTo(403);
        assertThat(withoutReason.status()).as(withoutReason.toString()).isEqualTo(422);
        assertThat(blankReason.status()).as(blankReason.toString()).isEqualTo(422);
        assertThat(unfinalized.status()).as(unfinalized.toString()).isEqualTo(200);
    }

    @Test
    void aPlainSaveOfAFinalizedNoteIs422BecauseAnAmendmentSaysWhy() {
        String note = finalizedNote();

        Api.Response plain = owner.put("/api/v1/sessions/" + note, Map.of("plan", "Changed"));
        Api.Response amended = owner.post(
                "/api/v1/sessions/" + note + "/amend", Map.of("plan", "Changed", "reason", "Plan was incomplete"));

        assertThat(plain.status()).as(plain.toString()).isEqualTo(422);
        assertThat(plain.body()).contains("/amend");
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
    }

    private static String finalizedNote() {
        String note = owner.post(
                        "/api/v1/sessions",
                        Map.of("client_id", client, "session_date", "2026-01-05T10:00:00Z", "plan", "Plan"))
                .id();
        assertThat(owner.post("/api/v1/sessions/" + note + "/finalize", null).status())
                .isEqualTo(200);
        return note;
    }
}
