package com.pazpaz.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.eventstore.EventSerialization;
import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

/** A record's value is the stored JSON itself, read and keyed without deserialising the event. */
class EventRecordBodyTest {

    private final Serializer serializer = EventSerialization.serializer();
    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());

    @Revision("2")
    record SampleEvent(WorkspaceId workspaceId, Map<String, Object> details) implements WorkspaceScoped {}

    @Test
    void anEventInItsCurrentRevisionIsForwardedAsStoredAndNeverDeserialised() {
        String stored = "{\"workspaceId\":\"" + workspace + "\", \"details\":{\"note\":\"as stored\"}}";
        SerializedMessage<SampleEvent> read = storedAs(stored, "2");

        String body = EventRecordBody.of(new GenericEventMessage<>(read, Instant::now), serializer);

        assertThat(body).isEqualTo(stored);
        assertThat(read.isPayloadDeserialized()).isFalse();
    }

    @Test
    void anEventStoredInAnOlderRevisionIsWrittenAgainInTodaysShape() {
        String stored = "{\"workspaceId\":\"" + workspace + "\", \"retired\":1}";
        SerializedMessage<SampleEvent> read = storedAs(stored, "1");

        String body = EventRecordBody.of(new GenericEventMessage<>(read, Instant::now), serializer);

        assertThat(body)
                .isEqualTo(serializer
                        .serialize(new SampleEvent(workspace, null), String.class)
                        .getData())
                .doesNotContain("retired");
    }

    @Test
    void theKeyIsTheTopLevelWorkspaceNotOneNestedInTheEvent() {
        String json = "{\"details\":{\"workspaceId\":\"nested\",\"list\":[{\"workspaceId\":\"deeper\"}]},"
                + "\"workspaceId\":\"" + workspace + "\"}";

        assertThat(EventRecordBody.workspaceIdOf(json)).contains(workspace.toString());
        assertThat(EventRecordBody.workspaceIdOf("{\"details\":{}}")).isEmpty();
        assertThat(EventRecordBody.workspaceIdOf("[1]")).isEmpty();
        assertThat(EventRecordBody.workspaceIdOf("not json")).isEmpty();
    }

    private SerializedMessage<SampleEvent> storedAs(String json, String revision) {
        return new SerializedMessage<>(
                UUID.randomUUID().toString(),
                new SimpleSerializedObject<>(json, String.class, SampleEvent.class.getName(), revision),
                serializer.serialize(MetaData.emptyInstance(), String.class),
                serializer);
    }
}
