package com.pazpaz.query.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the client events shape a {@code clients} row, for the projector and the point-in-time reader alike. */
class ClientRowEvolutionTest {

    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");

    @Test
    void aRegistrationMakesTheRowWithTheCiphertextAsTheEventCarriesIt() {
        ClientRow row = registered();

        assertThat(row.getId()).isEqualTo(CLIENT.value());
        assertThat(row.workspaceId()).isEqualTo(WORKSPACE.value());
        assertThat(row.firstName()).isEqualTo(cipher("Dana"));
        assertThat(row.notes()).isEqualTo(cipher("notes"));
        assertThat(row.tagsEncrypted()).isEqualTo(cipher("tags"));
        assertThat(row.legacyTags()).isNull();
        assertThat(row.isActive()).isTrue();
        assertThat(row.createdAt()).isEqualTo(T0).isEqualTo(row.updatedAt());
    }

    @Test
    void aRevisionReplacesTheDetailsAndArchivingAndReactivatingToggleActive() {
        ClientRow row = registered();
        row = ClientRowEvolution.apply(row, new ClientDetailsRevisedEvent(CLIENT, WORKSPACE, details("Noa"), at(1)));
        assertThat(row.firstName()).isEqualTo(cipher("Noa"));
        assertThat(row.createdAt()).isEqualTo(T0);
        row = ClientRowEvolution.apply(row, new ClientArchivedEvent(CLIENT, WORKSPACE, at(2)));
        assertThat(row.isActive()).isFalse();
        row = ClientRowEvolution.apply(row, new ClientReactivatedEvent(CLIENT, WORKSPACE, at(3)));
        assertThat(row.isActive()).isTrue();
        assertThat(row.updatedAt()).isEqualTo(at(3));
    }

    @Test
    void plaintextTagsOfAnEventFromBeforeEncryptionStayInThePlaintextColumnUntilARevisionEncryptsThem() {
        ClientRow row = ClientRowEvolution.apply(
                null, new ClientRegisteredEvent(CLIENT, WORKSPACE, detailsWithPlaintextTags(), true, T0));
        assertThat(row.legacyTags()).containsExactly("vip", "new");
        assertThat(row.tagsEncrypted()).isNull();

        row = ClientRowEvolution.apply(row, new ClientDetailsRevisedEvent(CLIENT, WORKSPACE, details("Dana"), at(1)));
        assertThat(row.legacyTags()).isNull();
        assertThat(row.tagsEncrypted()).isEqualTo(cipher("tags"));
    }

    @Test
    void anErasureKeepsTheCiphertextAndMovesUpdatedAt() {
        ClientRow row = ClientRowEvolution.apply(registered(), new ClientErasedEvent(CLIENT, WORKSPACE, at(5)));

        assertThat(row.firstName()).isEqualTo(cipher("Dana"));
        assertThat(row.updatedAt()).isEqualTo(at(5));
    }

    @Test
    void anErasureDropsTheTagsEncryptedOrNot() {
        ClientRow encrypted = ClientRowEvolution.apply(registered(), new ClientErasedEvent(CLIENT, WORKSPACE, at(5)));
        ClientRow plaintext = ClientRowEvolution.apply(
                ClientRowEvolution.apply(
                        null, new ClientRegisteredEvent(CLIENT, WORKSPACE, detailsWithPlaintextTags(), true, T0)),
                new ClientErasedEvent(CLIENT, WORKSPACE, at(5)));

        assertThat(encrypted.tagsEncrypted()).isNull();
        assertThat(plaintext.legacyTags()).isNull();
        assertThat(plaintext.tagsEncrypted()).isNull();
    }

    @Test
    void noRowBeforeTheRegistrationAndOnlyChangesNameAnExistingRow() {
        assertThat(ClientRowEvolution.apply(null, new ClientArchivedEvent(CLIENT, WORKSPACE, at(1))))
                .isNull();
        assertThat(ClientRowEvolution.changes(new ClientArchivedEvent(CLIENT, WORKSPACE, at(1))))
                .isEqualTo(CLIENT.value());
        assertThat(ClientRowEvolution.changes(new ClientErasedEvent(CLIENT, WORKSPACE, at(1))))
                .isEqualTo(CLIENT.value());
        assertThat(ClientRowEvolution.changes(registeredEvent())).isNull();
    }

    private static ClientRow registered() {
        return ClientRowEvolution.apply(null, registeredEvent());
    }

    private static ClientRegisteredEvent registeredEvent() {
        return new ClientRegisteredEvent(CLIENT, WORKSPACE, details("Dana"), true, T0);
    }

    private static ClientDetails details(String firstName) {
        return new ClientDetails(
                cipher(firstName),
                cipher("Levi"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                cipher("notes"),
                true,
                cipher("tags"),
                null);
    }

    /** As an event stored before tags were encrypted reads through the upcaster. */
    private static ClientDetails detailsWithPlaintextTags() {
        return new ClientDetails(
                cipher("Dana"),
                cipher("Levi"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                List.of("vip", "new"));
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static EncryptedValue cipher(String marker) {
        return EncryptedValue.of(("k1:" + marker).getBytes(StandardCharsets.US_ASCII));
    }
}
