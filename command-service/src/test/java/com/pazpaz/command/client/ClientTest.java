package com.pazpaz.command.client;

import com.pazpaz.kernel.client.ArchiveClientCommand;
import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.client.ClientDetailsPatch;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.client.EraseClientCommand;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.client.RegisterClientCommand;
import com.pazpaz.kernel.client.ReviseClientDetailsCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of the client aggregate, given events, when a command, then events or an exception. */
class ClientTest {

    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final WorkspaceId OTHER_WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-04T10:00:00Z");
    private static final ClientDetails DETAILS = ClientDetails.of(
            Map.of(
                    ProtectedClientField.FIRST_NAME, cipher("first"),
                    ProtectedClientField.LAST_NAME, cipher("last"),
                    ProtectedClientField.PHONE, cipher("phone"),
                    ProtectedClientField.TAGS, cipher("tags")),
            false);
    /** As a revision-1 event stored them, read through the upcaster: the tags in plaintext. */
    private static final ClientDetails DETAILS_WITH_PLAINTEXT_TAGS = new ClientDetails(
            cipher("first"),
            cipher("last"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            List.of("new"));

    private AggregateTestFixture<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(
                (LegacyTagsSealer) (client, tags) -> cipher("sealed " + client + " " + String.join(",", tags)));
    }

    @Test
    void registeringAClientRecordsItsDetailsAndActiveFlag() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT, WORKSPACE, DETAILS, true, T0))
                .expectEvents(new ClientRegisteredEvent(CLIENT, WORKSPACE, DETAILS, true, T0));
    }

    @Test
    void aClientMayBeRegisteredAlreadyArchived() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT, WORKSPACE, DETAILS, false, T0))
                .expectEvents(new ClientRegisteredEvent(CLIENT, WORKSPACE, DETAILS, false, T0));
    }

    @Test
    void revisingReplacesSentFieldsClearsNulledOnesAndKeepsTheRest() {
        Map<ProtectedClientField, EncryptedValue> changes = new HashMap<>();
        changes.put(ProtectedClientField.FIRST_NAME, cipher("renamed"));
        changes.put(ProtectedClientField.PHONE, null);
        changes.put(ProtectedClientField.TAGS, cipher("vip"));
        ClientDetailsPatch patch = new ClientDetailsPatch(changes, true);
        ClientDetails expected = ClientDetails.of(
                Map.of(
                        ProtectedClientField.FIRST_NAME, cipher("renamed"),
                        ProtectedClientField.LAST_NAME, cipher("last"),
                        ProtectedClientField.TAGS, cipher("vip")),
                true);
        fixture.given(registered(true))
                .when(new ReviseClientDetailsCommand(CLIENT, WORKSPACE, patch, null, T1, null))
                .expectEvents(new ClientDetailsRevisedEvent(CLIENT, WORKSPACE, expected, T1));
    }

    @Test
    void aRevisionWithoutTagsKeepsTheEncryptedOnes() {
        ClientDetailsPatch patch = new ClientDetailsPatch(Map.of(ProtectedClientField.EMAIL, cipher("mail")), null);
        ClientDetails expected = ClientDetails.of(
                Map.of(
                        ProtectedClientField.FIRST_NAME, cipher("first"),
                        ProtectedClientField.LAST_NAME, cipher("last"),
                        ProtectedClientField.PHONE, cipher("phone"),
                        ProtectedClientField.EMAIL, cipher("mail"),
                        ProtectedClientField.TAGS, cipher("tags")),
                false);
        fixture.given(registered(true))
                .when(new ReviseClientDetailsCommand(CLIENT, WORKSPACE, patch, null, T1, null))
                .expectEvents(new ClientDetailsRevisedEvent(CLIENT, WORKSPACE, expected, T1));
    }

    @Test
    void tagsStoredInPlaintextBeforeEncryptionAreEncryptedByTheNextRevisionThatKeepsThem() {
        ClientDetails expected = ClientDetails.of(
                Map.of(
                        ProtectedClientField.FIRST_NAME, cipher("first"),
                        ProtectedClientField.LAST_NAME, cipher("last"),
                        ProtectedClientField.TAGS, cipher("sealed " + CLIENT + " new")),
                true);
        fixture.given(new ClientRegisteredEvent(CLIENT, WORKSPACE, DETAILS_WITH_PLAINTEXT_TAGS, true, T0))
                .when(new ReviseClientDetailsCommand(
                        CLIENT, WORKSPACE, new ClientDetailsPatch(Map.of(), true), null, T1, null))
                .expectEvents(new ClientDetailsRevisedEvent(CLIENT, WORKSPACE, expected, T1));
    }

    @Test
    void aRevisionThatSetsTagsReplacesPlaintextOnesWithoutEncryptingThem() {
        ClientDetailsPatch patch = new ClientDetailsPatch(Map.of(ProtectedClientField.TAGS, cipher("vip")), null);
        ClientDetails expected = ClientDetails.of(
                Map.of(
                        ProtectedClientField.FIRST_NAME, cipher("first"),
                        ProtectedClientField.LAST_NAME, cipher("last"),
                        ProtectedClientField.TAGS, cipher("vip")),
                false);
        fixture.given(new ClientRegisteredEvent(CLIENT, WORKSPACE, DETAILS_WITH_PLAINTEXT_TAGS, true, T0))
                .when(new ReviseClientDetailsCommand(CLIENT, WORKSPACE, patch, null, T1, null))
                .expectEvents(new ClientDetailsRevisedEvent(CLIENT, WORKSPACE, expected, T1));
    }

    @Test
    void clearingTagsClearsPlaintextOnesToo() {
        Map<ProtectedClientField, EncryptedValue> changes = new HashMap<>();
        changes.put(ProtectedClientField.TAGS, null);
        ClientDetails expected = ClientDetails.of(
                Map.of(
                        ProtectedClientField.FIRST_NAME,
                        cipher("first"),
                        ProtectedClientField.LAST_NAME,
                        cipher("last")),
                false);
        fixture.given(new ClientRegisteredEvent(CLIENT, WORKSPACE, DETAILS_WITH_PLAINTEXT_TAGS, true, T0))
                .when(new ReviseClientDetailsCommand(
                        CLIENT, WORKSPACE, new ClientDetailsPatch(changes, null), null, T1, null))
                .expectEvents(new ClientDetailsRevisedEvent(CLIENT, WORKSPACE, expected, T1));
    }

    @Test
    void anEmptyRevisionChangesNothing() {
        fixture.given(registered(true))
                .when(new ReviseClientDetailsCommand(CLIENT, WORKSPACE, emptyPatch(), null, T1, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void revisingWithActiveFalseArchives() {
        fixture.given(registered(true))
                .when(new ReviseClientDetailsCommand(CLIENT, WORKSPACE, emptyPatch(), false, T1, null))
                .expectEvents(new ClientArchivedEvent(CLIENT, WORKSPACE, T1));
    }

    @Test
    void revisingWithActiveTrueReactivatesAnArchivedClient() {
        fixture.given(registered(true), new ClientArchivedEvent(CLIENT, WORKSPACE, T0))
                .when(new ReviseClientDetailsCommand(CLIENT, WORKSPACE, emptyPatch(), true, T1, null))
                .expectEvents(new ClientReactivatedEvent(CLIENT, WORKSPACE, T1));
    }

    @Test
    void revisingWithTheCurrentActiveFlagAddsNoEvent() {
        fixture.given(registered(true))
                .when(new ReviseClientDetailsCommand(CLIENT, WORKSPACE, emptyPatch(), true, T1, null))
                .expectNoEvents();
    }

    @Test
    void archivingAnActiveClientArchivesIt() {
        fixture.given(registered(true))
                .when(new ArchiveClientCommand(CLIENT, WORKSPACE, T1, null))
                .expectEvents(new ClientArchivedEvent(CLIENT, WORKSPACE, T1));
    }

    @Test
    void archivingAnArchivedClientIsANoOp() {
        fixture.given(registered(false))
                .when(new ArchiveClientCommand(CLIENT, WORKSPACE, T1, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherWorkspaceCannotReviseTheClient() {
        fixture.given(registered(true))
                .when(new ReviseClientDetailsCommand(CLIENT, OTHER_WORKSPACE, emptyPatch(), false, T1, null))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherWorkspaceCannotArchiveTheClient() {
        fixture.given(registered(true))
                .when(new ArchiveClientCommand(CLIENT, OTHER_WORKSPACE, T1, null))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aPatchCannotClearARequiredName() {
        Map<ProtectedClientField, EncryptedValue> changes = new HashMap<>();
        changes.put(ProtectedClientField.LAST_NAME, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClientDetailsPatch(changes, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last_name");
    }

    @Test
    void erasingAClientRecordsTheErasure() {
        fixture.given(registered(true))
                .when(new EraseClientCommand(CLIENT, WORKSPACE, T1))
                .expectEvents(new ClientErasedEvent(CLIENT, WORKSPACE, T1));
    }

    @Test
    void erasingAnErasedClientIsANoOp() {
        fixture.given(registered(true), new ClientErasedEvent(CLIENT, WORKSPACE, T0))
                .when(new EraseClientCommand(CLIENT, WORKSPACE, T1))
                .expectNoEvents();
    }

    @Test
    void anotherWorkspaceCannotEraseTheClient() {
        fixture.given(registered(true))
                .when(new EraseClientCommand(CLIENT, OTHER_WORKSPACE, T1))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void anErasedClientCannotBeRevised() {
        fixture.given(registered(true), new ClientErasedEvent(CLIENT, WORKSPACE, T0))
                .when(new ReviseClientDetailsCommand(CLIENT, WORKSPACE, emptyPatch(), false, T1, null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("This client was erased");
    }

    @Test
    void anErasedClientCannotBeArchived() {
        fixture.given(registered(true), new ClientErasedEvent(CLIENT, WORKSPACE, T0))
                .when(new ArchiveClientCommand(CLIENT, WORKSPACE, T1, null))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void anotherWorkspaceLearnsNothingAboutAnErasedClient() {
        fixture.given(registered(true), new ClientErasedEvent(CLIENT, WORKSPACE, T0))
                .when(new ReviseClientDetailsCommand(CLIENT, OTHER_WORKSPACE, emptyPatch(), null, T1, null))
                .expectException(RecordNotFoundException.class);
    }

    private static ClientRegisteredEvent registered(boolean active) {
        return new ClientRegisteredEvent(CLIENT, WORKSPACE, DETAILS, active, T0);
    }

    private static ClientDetailsPatch emptyPatch() {
        return new ClientDetailsPatch(Map.of(), null);
    }

    /** Stand-in ciphertext: the aggregate never looks inside. */
    private static EncryptedValue cipher(String marker) {
        return EncryptedValue.of(("k1:" + marker).getBytes(StandardCharsets.US_ASCII));
    }
}
