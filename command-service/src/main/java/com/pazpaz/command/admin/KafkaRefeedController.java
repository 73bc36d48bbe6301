package com.pazpaz.command.admin;

import com.pazpaz.infra.kafka.KafkaEventPublisher;
import com.pazpaz.infra.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-feeds Kafka from a chosen global event position, for a consumer that lost data or a new one that needs
 * history: the publisher is paused, its position moved back, and resumed; consumers drop duplicates by event id.
 */
@RestController
@RequestMapping("/api/v1/admin/kafka/refeed")
class KafkaRefeedController {

    private final EventProcessingConfiguration processing;

    KafkaRefeedController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> refeed(Actor actor, @Valid @RequestBody RefeedRequest request) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform administrator re-feeds Kafka");
        }
        StreamingEventProcessor publisher = processing
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        publisher.shutDown();
        // the token names the last event already handled, so the replay starts right after it
        publisher.resetTokens(GapAwareTrackingToken.newInstance(request.fromPosition() - 1, Set.of()));
        publisher.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("from_position", request.fromPosition()));
    }

    record RefeedRequest(@NotNull @Min(1) Long fromPosition) {}
}
