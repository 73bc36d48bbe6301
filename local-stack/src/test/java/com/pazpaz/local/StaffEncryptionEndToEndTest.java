package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.command.workspace.StaffEmailBackfill;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.crypto.FieldDecryptionException;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.StaffEncryption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff names and e-mails (issue 13, decisions 265–268): stored only as ciphertext under each user's own key,
 * shown decrypted, kept unique per practice by keyed hash, and made unreadable for good by erasing the user.
 */
class StaffEncryptionEndToEndTest {

    /** Where plaintext could end up: the events, the read tables and the command side's own tables. */
    private static final List<String> SCHEMAS = List.of("event_store", "public", "command_model");

    private static String practice;
    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static Actor stranger;

    @BeforeAll
    static void openPractices() {
        practice = "Staff Cipher " + marker().substring(0, 8);
        owner = StackFixture.newPractice(practice);
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        stranger = StackFixture.newPractice("Other Staff Cipher " + marker().substring(0, 8));
    }

    private static String marker() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static Api readAt(Api.Response write) {
        return queries.withHeader("X-Consistency-Position", Long.toString(write.position()));
    }

    @Test
    void namesAndEmailsAreStoredOnlyAsCiphertextAndReadDecrypted() throws Exception {
        String name = "Zelda " + marker();
        String email = "zelda-" + marker() + "@staff.test";
        Api.Response added = commands.post("/api/v1/users", Map.of("email", email, "full_name", name));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        JsonNode read = readAt(added).get("/api/v1/users/" + added.id()).json();
        assertThat(read.get("email").asText()).isEqualTo(email);
        assertThat(read.get("full_name").asText()).isEqualTo(name);
        assertThat(read.get("erased").asBoolean()).isFalse();
        JsonNode ownerRead =
                readAt(added).get("/api/v1/users/" + owner.userId()).json();
        assertThat(ownerRead.get("full_name").asText()).isEqualTo("Owner of " + practice);
        assertThat(ownerRead.get("email").asText())
                .isEqualTo("owner@" + practice.toLowerCase().replace(' ', '-') + ".test");
        assertThat(readAt(added).get("/api/v1/users").json().get("items").findValuesAsText("full_name"))
                .contains(name, ownerRead.get("full_name").asText());

        for (String plaintext : List.of(
                name,
                email,
                ownerRead.get("full_name").asText(),
                ownerRead.get("email").asText())) {
            assertThat(tablesContaining(plaintext))
                    .as("tables holding a staff plaintext")
                    .isEmpty();
        }
        assertThat(StackFixture.single("SELECT full_name FROM users WHERE id = '" + added.id() + "'"))
                .isEqualTo("encrypted");
    }

    @Test
    void anEmailIsUniqueInAPracticeByItsKeyedHashButFreeInAnother() {
        String email = "twice-" + marker() + "@staff.test";
        assertThat(commands.post("/api/v1/users", Map.of("email", email, "full_name", "First"))
                        .status())
                .isEqualTo(201);
        Api.Response duplicate = commands.post("/api/v1/users", Map.of("email", email, "full_name", "Second"));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asText())
                .isEqualTo("A user with this email already exists in the workspace");
        String ownersEmail = "owner@" + practice.toLowerCase().replace(' ', '-') + ".test"; // as StackFixture opens it
        assertThat(commands.post("/api/v1/users", Map.of("email", ownersEmail, "full_name", "Copy"))
                        .status())
                .as("the owner's e-mail, hashed when the practice was opened")
                .isEqualTo(409);
        assertThat(StackFixture.commands(stranger)
                        .post("/api/v1/users", Map.of("email", email, "full_name", "Elsewhere"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anErasedUserIsShownWithoutNameOrEmailAndTheirCiphertextNoLongerDecrypts() throws Exception {
        String name = "Erin " + marker();
        String email = "erin-" + marker() + "@staff.test";
        Api.Response added = commands.post("/api/v1/users", Map.of("email", email, "full_name", name));
        String userId = added.id();
        EncryptedValue storedEmail = eventEmailOf(userId);
        FieldBinding binding = new FieldBinding(
                StaffEncryption.TABLE,
                UUID.fromString(userId),
                StaffEncryption.EMAIL_COLUMN,
                StaffEncryption.keyOwner(UserId.of(userId)));
        FieldCipher cipher = StackFixture.stack().commandService().getBean(FieldCipher.class);
        assertThat(cipher.decrypt(storedEmail, binding)).isEqualTo(email);
        String erase = "/api/v1/users/" + userId + "/erase";
        Map<String, String> confirmed = Map.of("confirm", userId);

        assertThat(StackFixture.commands(stranger).post(erase, confirmed).status())
                .as("another practice's user, before any other check")
                .isEqualTo(404);
        Actor assistant = new Actor(UserId.of(userId), owner.workspaceId(), Role.ASSISTANT);
        assertThat(StackFixture.commands(assistant)
                        .post("/api/v1/users/" + owner.userId() + "/erase", Map.of("confirm", owner.userId()))
                        .status())
                .isEqualTo(403);
        assertThat(commands.post(erase, Map.of("confirm", owner.userId())).status())
                .as("a confirmation that is not the user's id")
                .isEqualTo(422);
        Api.Response self =
                commands.post("/api/v1/users/" + owner.userId() + "/erase", Map.of("confirm", owner.userId()));
        assertThat(self.status()).as(self.toString()).isEqualTo(422);

        Api.Response erased = commands.post(erase, confirmed);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        JsonNode read = readAt(erased).get("/api/v1/users/" + userId).json();
        assertThat(read.get("erased").asBoolean()).isTrue();
        assertThat(read.get("email").isNull()).isTrue();
        assertThat(read.get("full_name").isNull()).isTrue();
        assertThat(read.get("is_active").asBoolean()).isFalse();
        assertThat(readAt(erased).get("/api/v1/users").json().toString()).doesNotContain(name, email);
        assertThat(StackFixture.count("key_vault.data_keys WHERE owner_id = '" + userId
                        + "' AND destroyed_at IS NOT NULL AND wrapped IS NULL"))
                .as("the user's key is destroyed")
                .isEqualTo(1);
        assertThat(eventEmailOf(userId)).as("the event keeps its ciphertext").isEqualTo(storedEmail);
        assertThatThrownBy(() -> cipher.decrypt(storedEmail, binding)).isInstanceOf(FieldDecryptionException.class);
        assertThat(StackFixture.count("users WHERE id = '" + userId
                        + "' AND email_encrypted IS NULL AND full_name_encrypted IS NULL AND erased_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(StackFixture.count("command_model.user_accounts WHERE user_id = '" + userId
                        + "' AND email IS NULL AND email_index IS NULL AND NOT is_active"))
                .isEqualTo(1);
        assertThat(StackFixture.count("audit_events WHERE resource_id = '" + userId
                        + "' AND event_type = 'user.delete' AND resource_type = 'User'"))
                .as("the audit trail keeps the erasure, with the user's id only")
                .isEqualTo(1);

        assertThat(StackFixture.commands(assistant)
                        .post("/api/v1/clients", Map.of("first_name", "A", "last_name", "B"))
                        .status())
                .as("an erased user's token is refused")
                .isEqualTo(401);
        assertThat(commands.post(erase, confirmed).status())
                .as("again: nothing to do")
                .isEqualTo(200);
        assertThat(commands.post("/api/v1/users/" + userId + "/reactivate", null)
                        .status())
                .isEqualTo(410);
        assertThat(commands.post("/api/v1/users", Map.of("email", email, "full_name", "Erin Again"))
                        .status())
                .as("nothing of the erased user's e-mail is kept, so it is free again")
                .isEqualTo(201);
    }

    @Test
    void anAccountFromBeforeTheKeyedHashGetsItsHashAndLosesItsPlaintextEmail() throws Exception {
        String email = "legacy-" + marker() + "@staff.test";
        UUID legacy = UUID.randomUUID();
        try (Connection db = StackFixture.database();
                PreparedStatement insert = db.prepareStatement("INSERT INTO command_model.user_accounts"
                        + " (user_id, workspace_id, role, email, is_active) VALUES (?, ?, 'ASSISTANT', ?, true)")) {
            insert.setObject(1, legacy);
            insert.setObject(2, owner.workspaceId().value());
            insert.setString(3, email);
            insert.executeUpdate();
        }

        assertThat(StackFixture.stack()
                        .commandService()
                        .getBean(StaffEmailBackfill.class)
                        .hashPlaintextEmails())
                .isPositive();

        assertThat(StackFixture.count("command_model.user_accounts WHERE user_id = '" + legacy
                        + "' AND email IS NULL AND email_index IS NOT NULL"))
                .isEqualTo(1);
        assertThat(commands.post("/api/v1/users", Map.of("email", email, "full_name", "Same"))
                        .status())
                .as("the old account's e-mail is still taken")
                .isEqualTo(409);
    }

    /** The e-mail ciphertext the assistant's stored event carries. */
    private static EncryptedValue eventEmailOf(String userId) throws Exception {
        String payload = StackFixture.single("SELECT payload FROM event_store.domain_event_entry WHERE payload_type = '"
                + AssistantAddedEvent.class.getName() + "' AND payload::jsonb ->> 'userId' = '" + userId + "'");
        JsonNode event = new ObjectMapper().readTree(payload);
        assertThat(event.get("email").isNull())
                .as("revision 2 carries no plaintext")
                .isTrue();
        return EncryptedValue.fromBase64(event.get("emailEncrypted").asText());
    }

    /** Every table of the stored schemas with a row whose text form contains the value. */
    private static List<String> tablesContaining(String value) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = StackFixture.database()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = db.prepareStatement("SELECT table_schema || '.' || table_name"
                    + " FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = ANY (?)")) {
                list.setArray(1, db.createArrayOf("text", SCHEMAS.toArray()));
                try (ResultSet rs = list.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (PreparedStatement scan =
                        db.prepareStatement("SELECT 1 FROM " + table + " t WHERE strpos(t::text, ?) > 0 LIMIT 1")) {
                    scan.setString(1, value);
                    try (ResultSet rs = scan.executeQuery()) {
                        if (rs.next()) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }
}
