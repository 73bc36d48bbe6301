package com.pazpaz.infra.kafka;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.common.WorkspaceScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;

/**
 * Relays every stored event to Kafka. It is a tracking processor: its position lives in the token store and
 * advances only after the broker acknowledged the whole batch, so a crash re-sends (at least once) and never
 * skips. Records are keyed by workspace id: one practice's events keep their order.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";
    private static final java.time.Duration VERDICT_MARGIN = java.time.Duration.ofSeconds(5);

    private final Producer<String, String> producer;
    private final Serializer serializer;
    private final KafkaPublisherProperties properties;
    private final EventPositions positions;
    private final AckedSendsHalt testHalt;

    KafkaEventPublisher(
            Producer<String, String> producer,
            Serializer serializer,
            KafkaPublisherProperties properties,
            EventPositions positions,
            AckedSendsHalt testHalt) {
        this.producer = producer;
        this.serializer = serializer;
        this.properties = properties;
        this.positions = positions;
        this.testHalt = testHalt;
    }

    /** Takes the message, not its payload, so that Axon does not deserialise an event only to forward it. */
    @EventHandler
    void publish(EventMessage<?> event, TrackingToken token) {
        String body = EventRecordBody.of(event, serializer);
        String workspace = key(event, body);
        ProducerRecord<String, String> record = new ProducerRecord<>(properties.topic(), workspace, body);
        EventRecordHeaders.write(record.headers(), event, workspace, positions.of(event, token));
        Future<RecordMetadata> send = producer.send(record);
        if (send.isDone()) {
            // failed at once (no metadata within max.block.ms): give the batch up now, not after every record
            awaitAcknowledgements(List.of(send));
        }
        pendingSends().add(send);
    }

    /** The workspace the event is about (not the actor's: a platform administrator has none). */
    private static String key(EventMessage<?> event, String body) {
        if (WorkspaceScoped.class.isAssignableFrom(event.getPayloadType())) {
            Optional<String> workspace = EventRecordBody.workspaceIdOf(body);
            if (workspace.isPresent()) {
                return workspace.get();
            }
        }
        Object workspace = event.getMetaData().get(MetadataKeys.WORKSPACE_ID);
        return workspace != null ? workspace.toString() : "platform";
    }

    /** Sends of the current batch; the batch commits (and the token moves) only once all are acknowledged. */
    private List<Future<RecordMetadata>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, name -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            batch.onPrepareCommit(uow -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> sends) {
        // the producer gives each record up after send-timeout (its delivery timeout); waiting a little longer lets
        // its verdict arrive first, so that a batch given up here is not still delivered behind the retry's back
        long deadline = System.nanoTime()
                + properties.sendTimeout().plus(VERDICT_MARGIN).toNanos();
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                testHalt.acknowledged();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaPublishException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaPublishException("Kafka did not acknowledge the batch; it will be sent again", e);
        }
    }

    /** The batch could not be published; the processor retries it from its last stored position. */
    static class KafkaPublishException extends RuntimeException {
        KafkaPublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
