package com.pazpaz.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * Client events stored before tags were encrypted (revision 1, {@code details.tags} a plaintext array) read as
 * today's events with those tags as {@code legacyTags}; events of revision 2 pass untouched.
 */
class ClientTagsUpcasterTest {

    private static final JacksonSerializer SERIALIZER = EventSerialization.serializer();
    private static final ClientId CLIENT = ClientId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");

    @Test
    void aRegistrationOfRevision1ReadsWithItsPlaintextTagsAsLegacyTags() {
        String stored = "{\"clientId\":\"" + CLIENT + "\",\"workspaceId\":\"" + WORKSPACE + "\",\"details\":{"
                + "\"firstName\":\"" + base64("k1:first") + "\",\"lastName\":\"" + base64("k1:last") + "\","
                + "\"email\":null,\"consentStatus\":true,\"tags\":[\"vip\",\"new\"]},"
                + "\"active\":true,\"registeredAt\":\"2026-03-03T09:00:00Z\"}";

        ClientRegisteredEvent event = read(ClientRegisteredEvent.class, "1", stored);

        assertThat(event.details().legacyTags()).containsExactly("vip", "new");
        assertThat(event.details().tags()).isNull();
        assertThat(event.details().firstName()).isEqualTo(cipher("k1:first"));
        assertThat(event.details().consentStatus()).isTrue();
        assertThat(event.registeredAt()).isEqualTo(T0);
    }

    @Test
    void aRevisionOfRevision1WithoutTagsReadsWithNone() {
        String stored = "{\"clientId\":\"" + CLIENT + "\",\"workspaceId\":\"" + WORKSPACE + "\",\"details\":{"
                + "\"firstName\":\"" + base64("k1:first") + "\",\"lastName\":\"" + base64("k1:last") + "\","
                + "\"consentStatus\":false,\"tags\":null},\"revisedAt\":\"2026-03-03T09:00:00Z\"}";

        ClientDetailsRevisedEvent event = read(ClientDetailsRevisedEvent.class, "1", stored);

        assertThat(event.details().legacyTags()).isNull();
        assertThat(event.details().tags()).isNull();
    }

    @Test
    void anEventOfRevision2IsReadAsWritten() {
        ClientDetails details = new ClientDetails(
                cipher("k1:first"),
                cipher("k1:last"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                cipher("k1:tags"),
                null);
        ClientRegisteredEvent written = new ClientRegisteredEvent(CLIENT, WORKSPACE, details, true, T0);
        SerializedObject<String> json = SERIALIZER.serialize(written, String.class);
        assertThat(json.getType().getRevision()).isEqualTo("2");

        assertThat(read(ClientRegisteredEvent.class, "2", json.getData())).isEqualTo(written);
        assertThat(json.getData()).doesNotContain("legacyTags\":[");
    }

    private static <T> T read(Class<T> type, String revision, String json) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>(
                "Client", CLIENT.toString(), 0, UUID.randomUUID().toString(), T0, type.getName(), revision, json, "{}");
        IntermediateEventRepresentation upcast = new ClientTagsUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER)))
                .findFirst()
                .orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        return type.cast(SERIALIZER.deserialize(upcast.getData()));
    }

    private static String base64(String text) {
        return cipher(text).base64();
    }

    private static EncryptedValue cipher(String text) {
        return EncryptedValue.of(text.getBytes(StandardCharsets.US_ASCII));
    }
}
