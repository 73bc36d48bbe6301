package com.pazpaz.query.deadletter;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.resilience.DatabaseFailures;
import com.pazpaz.query.common.ReadModelRows;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parks a failing event of the read model, and every later event of its practice, instead of letting it stop the
 * processor for every practice (docs/decisions.md 118). Nothing is added while nothing fails: a batch runs as
 * before, its rows written at its commit, and an event whose practice has no letters costs one look into memory.
 * <ul>
 *   <li>A batch that fails (in a handler or at its commit: which event caused it is not known) rolls back, and the
 *       processor retries it. That one attempt runs <em>isolated</em>: each event within a savepoint and written
 *       at once, so the event that fails is rolled back alone and parked with its failure, and the batch goes on.
 *   <li>An event of a practice with letters is parked behind them, in order, without being applied.
 *   <li>A failure that says the database is away is never parked: the processor retries it as before.
 * </ul>
 * Events without a practice (none today) are not parked: their failure stops the processor as before.
 */
class DeadLetteringInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteringInterceptor.class);
    private static final String BATCH = DeadLetteringInterceptor.class.getName() + ".batch";
    private static final String SAVEPOINT = "dead_letter_event";
    /** Longer than a claim can take to change hands: a processor resuming after it reloads the letters. */
    private static final long QUIET_SPELL_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final DeadLetters letters;
    private final ReadModelRows rows;
    private final JdbcTemplate jdbc;
    private final LongSupplier nanoTime;
    private volatile boolean isolating;
    private volatile long lastBatchAt;

    DeadLetteringInterceptor(DeadLetters letters, ReadModelRows rows, JdbcTemplate jdbc, LongSupplier nanoTime) {
        this.letters = letters;
        this.rows = rows;
        this.jdbc = jdbc;
        this.nanoTime = nanoTime;
        // the first batch loads the letters
        this.lastBatchAt = nanoTime.getAsLong() - QUIET_SPELL_NANOS - 1;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        UUID workspace = workspaceOf(event);
        if (workspace == null) {
            return chain.proceed();
        }
        Batch batch = unitOfWork.root().getOrComputeResource(BATCH, key -> startBatch(unitOfWork.root()));
        if (batch.isParked(workspace)) {
            park(batch, event, workspace, null);
            return null;
        }
        return batch.isolated ? isolated(batch, event, workspace, chain) : normally(chain);
    }

    private Object normally(InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (Exception | Error e) {
            isolating = true;
            throw e;
        }
    }

    private Object isolated(Batch batch, EventMessage<?> event, UUID workspace, InterceptorChain chain)
            throws Exception {
        jdbc.execute("SAVEPOINT " + SAVEPOINT);
        try {
            Object result = chain.proceed();
            rows.flush();
            jdbc.execute("RELEASE SAVEPOINT " + SAVEPOINT);
            return result;
        } catch (Exception e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            jdbc.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            rows.discard();
            String failure = FailureCause.of(e);
            log.warn(
                    "Parked event {} ({}) of workspace {}: the read model failed on it with {}; the practice's later "
                            + "events wait behind it (docs/runbook.md, \"Dead letters\")",
                    event.getIdentifier(),
                    event.getPayloadType().getSimpleName(),
                    workspace,
                    failure);
            park(batch, event, workspace, failure);
            return null;
        }
    }

    private void park(Batch batch, EventMessage<?> event, UUID workspace, String failure) {
        long position = positionOf(event);
        String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        letters.park(new DeadLetter(
                position,
                workspace,
                event.getIdentifier(),
                event.getPayloadType().getSimpleName(),
                aggregate,
                failure,
                letters.now(),
                0,
                null));
        batch.parked.computeIfAbsent(workspace, w -> new HashSet<>()).add(position);
    }

    private Batch startBatch(UnitOfWork<?> root) {
        long now = nanoTime.getAsLong();
        if (now - lastBatchAt > QUIET_SPELL_NANOS) {
            letters.reload();
        }
        lastBatchAt = now;
        Batch batch = new Batch(isolating);
        root.afterCommit(u -> {
            batch.parked.forEach((workspace, positions) -> positions.forEach(p -> letters.remember(workspace, p)));
            batch.resumed.forEach(letters::reload);
            if (batch.isolated) {
                isolating = false;
            }
        });
        root.onRollback(u -> isolating = true);
        return batch;
    }

    private static UUID workspaceOf(EventMessage<?> event) {
        Object workspace = event.getMetaData().get(MetadataKeys.WORKSPACE_ID);
        try {
            return workspace == null ? null : UUID.fromString(workspace.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long positionOf(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position().orElseThrow();
        }
        throw new IllegalStateException("Only a tracked event can be parked");
    }

    /** What one batch parked, and which practices it found parked or free (asked once per batch). */
    private final class Batch {

        final boolean isolated;
        final Map<UUID, Set<Long>> parked = new HashMap<>();
        final Set<UUID> confirmed = new HashSet<>();
        final Set<UUID> resumed = new HashSet<>();

        Batch(boolean isolated) {
            this.isolated = isolated;
        }

        /**
         * Whether the practice's events are to be parked: it has a letter from this batch, or it has letters in the
         * table, asked under the practice's lock (held to the commit) so that a retry's end is seen.
         */
        boolean isParked(UUID workspace) {
            if (parked.containsKey(workspace) || confirmed.contains(workspace)) {
                return true;
            }
            if (resumed.contains(workspace) || !letters.mayBeParked(workspace)) {
                return false;
            }
            letters.lock(workspace);
            if (letters.hasLetters(workspace)) {
                confirmed.add(workspace);
                return true;
            }
            resumed.add(workspace);
            return false;
        }
    }
}
