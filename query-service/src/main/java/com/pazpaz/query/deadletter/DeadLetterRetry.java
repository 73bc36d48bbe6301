package com.pazpaz.query.deadletter;

import com.pazpaz.infra.resilience.DatabaseFailures;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.query.common.ReadModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a practice's parked events again, in their order, through the read model's own projectors: all of them
 * in one transaction, so either the practice's read model catches up and its letters are gone, or nothing changes
 * and the first letter records what it failed with again. Runs beside the live processor: it holds the practice's
 * lock, so a new event of the practice is parked behind the letters until the retry ends, then applied normally.
 */
@Component
class DeadLetterRetry {

    private final DeadLetters letters;
    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final TransactionTemplate transaction;

    DeadLetterRetry(
            DeadLetters letters,
            EventProcessingConfiguration processing,
            EventStorageEngine events,
            PlatformTransactionManager transactions) {
        this.letters = letters;
        this.processing = processing;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Applies the practice's letters; returns how many. A letter that still fails is a 409 naming its failure. */
    int retry(UUID workspace) {
        int applied;
        try {
            applied = transaction.execute(status -> {
                letters.lock(workspace);
                List<DeadLetter> parked = letters.of(workspace);
                if (parked.isEmpty()) {
                    return 0;
                }
                apply(read(parked));
                letters.delete(workspace, parked.get(parked.size() - 1).position());
                return parked.size();
            });
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            String failure = FailureCause.of(e instanceof RetryFailed failed ? failed.getCause() : e);
            transaction.executeWithoutResult(status -> letters.recordRetryFailure(workspace, failure));
            throw new BusinessRuleViolation(
                    BusinessRuleViolation.Kind.CONFLICT,
                    "The practice's first parked event still fails (" + failure + "); its letters are unchanged");
        } finally {
            letters.reload(workspace);
        }
        return applied;
    }

    private List<TrackedEventMessage<?>> read(List<DeadLetter> parked) {
        List<TrackedEventMessage<?>> read = new ArrayList<>(parked.size());
        for (DeadLetter letter : parked) {
            GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(letter.position() - 1, Set.of());
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(before, false)) {
                read.add(stream.findFirst()
                        .filter(event -> event.trackingToken().position().orElse(-1) == letter.position())
                        .orElseThrow(() -> new IllegalStateException("No stored event at the letter's position")));
            }
        }
        return read;
    }

    private void apply(List<TrackedEventMessage<?>> parked) {
        EventHandlerInvoker projectors = processing
                .eventProcessor(ReadModel.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow()
                .eventHandlerInvoker();
        // no transaction of its own: the unit of work's writes (at its commit) join the retry's transaction
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(parked));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            projectors.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            throw new RetryFailed(result.exceptionResult());
        }
    }

    /** A projector failed again on a letter; carries its failure out of the transaction, which it rolls back. */
    private static final class RetryFailed extends RuntimeException {
        RetryFailed(Throwable cause) {
            super(cause);
        }
    }
}
