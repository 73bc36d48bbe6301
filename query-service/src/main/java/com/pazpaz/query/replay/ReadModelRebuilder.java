package com.pazpaz.query.replay;

import com.pazpaz.infra.jobs.JobProgress;
import com.pazpaz.infra.jobs.Jobs;
import com.pazpaz.infra.schema.SchemaOwner;
import com.pazpaz.query.common.BulkReplay;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.deadletter.DeadLetters;
import com.pazpaz.query.isolation.EveryPractice;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read table from the events while the live tables keep answering queries:
 * <ol>
 * <li>create a shadow schema from the read-model migrations, its batch-written tables bare (primary keys only);</li>
 * <li>replay all events through the live projectors, large batches read ahead on a thread of their own, each
 *     batch in a transaction whose search path points at the shadow schema;</li>
 * <li>build the indexes and constraints (which validates the rows), gather statistics;</li>
 * <li>pause the live processor, replay what arrived meanwhile, then in one transaction swap the shadow tables in,
 *     store the rebuild's position as the processor's token, and drop the old tables;</li>
 * <li>resume the live processor from there.</li>
 * </ol>
 * Queries are answered throughout (from the old tables until the swap); writes pause for the swap only.
 */
@Component
@EnableConfigurationProperties(RebuildProperties.class)
class ReadModelRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilder.class);

    private final EventStorageEngine storageEngine;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager axonTransactions;
    private final TransactionTemplate springTransactions;
    private final ShadowSchema shadow;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Jobs jobs;
    private final RebuildProperties settings;
    private final List<BulkReplay.Derived> derivedReadModels;
    private final DeadLetters deadLetters;
    private JobProgress progress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> new Thread(EveryPractice.marking(r), "read-model-rebuild")); // every practice (decision 101)
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    ReadModelRebuilder(
            Serializer serializer,
            ConnectionProvider connections,
            EventSchema eventSchema,
            Configuration axon,
            EventProcessingConfiguration processing,
            TokenStore tokenStore,
            TransactionManager axonTransactions,
            TransactionTemplate springTransactions,
            SchemaOwner owner,
            JdbcTemplate jdbc,
            Clock clock,
            Jobs jobs,
            RebuildProperties settings,
            List<BulkReplay.Derived> derivedReadModels,
            DeadLetters deadLetters) {
        this.settings = settings;
        this.derivedReadModels = List.copyOf(derivedReadModels);
        this.deadLetters = deadLetters;
        this.storageEngine = pagedReader(serializer, connections, axonTransactions, eventSchema, axon, settings);
        this.jobs = jobs;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.axonTransactions = axonTransactions;
        this.springTransactions = springTransactions;
        this.shadow = new ShadowSchema(owner, jdbc);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The service's own storage settings, but reading pages of a whole batch: the shared engine reads the 100
     * events a live processor wants per query, a tenth of what a rebuild takes at a time.
     */
    private static EventStorageEngine pagedReader(
            Serializer serializer,
            ConnectionProvider connections,
            TransactionManager transactions,
            EventSchema schema,
            Configuration axon,
            RebuildProperties settings) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .dataType(String.class)
                .batchSize(settings.batchSize())
                .build();
    }

    RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild in the background unless one is running; returns the status right after. */
    synchronized RebuildStatus start() {
        if (status.get().running()) {
            return status.get();
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
        status.set(RebuildStatus.progress(
                RebuildPhase.BUILDING, clock.instant(), total == null ? 0 : total, 0, clock.instant()));
        progress = jobs.start("read-model-rebuild", total == null ? 0 : total);
        worker.submit(this::rebuild);
        return status.get();
    }

    private void rebuild() {
        TrackingEventProcessor live = processing
                .eventProcessor(ReadModel.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        boolean paused = false;
        try {
            log.info(
                    "Read-model rebuild started: {} events in the store",
                    status.get().eventsTotal());
            shadow.create();
            shadow.bare();
            TrackingToken position = replay(live.eventHandlerInvoker(), null, true);
            update(RebuildPhase.INDEXING);
            derivedReadModels.forEach(
                    model -> model.buildFromReplayedTables(work -> springTransactions.executeWithoutResult(tx -> {
                        shadow.useInCurrentTransaction();
                        work.run();
                    })));
            shadow.complete();
            update(RebuildPhase.SWAPPING);
            live.shutDown();
            paused = true;
            TrackingToken finalPosition = replay(live.eventHandlerInvoker(), position, false);
            Map<String, Long> rows = rowCounts();
            springTransactions.executeWithoutResult(tx -> {
                shadow.swapIntoLive();
                tokenStore.storeToken(finalPosition, ReadModel.PROCESSING_GROUP, 0);
                tokenStore.releaseClaim(ReadModel.PROCESSING_GROUP, 0);
            });
            // the rebuild applied every parked event (or it would have failed): the swapped-in letters are none
            deadLetters.reload();
            status.set(status.get().finished(clock.instant(), rows));
            progress.complete();
            log.info("Read-model rebuild done: {} events, rows {}", status.get().eventsProcessed(), rows);
        } catch (RuntimeException | InterruptedException e) {
            log.error("Read-model rebuild failed; the live tables are unchanged", e);
            status.set(status.get().failed(clock.instant(), e.getClass().getSimpleName()));
            progress.fail(e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            if (paused) {
                live.start();
            }
        }
    }

    /**
     * Applies every event after {@code from} to the shadow tables; returns the position reached. {@code bulk}:
     * the first pass, which leaves the derived read models to be built after it ({@link BulkReplay}).
     */
    private TrackingToken replay(EventHandlerInvoker projectors, TrackingToken from, boolean bulk)
            throws InterruptedException {
        TrackingToken position = from;
        try (EventReader reader = new EventReader(storageEngine, from, settings.batchSize(), settings.readAhead())) {
            for (List<TrackedEventMessage<?>> batch = reader.next(); !batch.isEmpty(); batch = reader.next()) {
                apply(projectors, batch, bulk);
                position = batch.get(batch.size() - 1).trackingToken();
            }
        }
        return position;
    }

    private void apply(EventHandlerInvoker projectors, List<TrackedEventMessage<?>> batch, boolean bulk) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        if (bulk) {
            BulkReplay.mark(unitOfWork);
        }
        unitOfWork.attachTransaction(axonTransactions);
        shadow.useInCurrentTransaction();
        try {
            unitOfWork.executeWithResult(() -> {
                projectors.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Rebuild failed at an event of type "
                            + unitOfWork.getMessage().getPayloadType().getSimpleName(),
                    e);
        }
        RebuildStatus now = status.get();
        status.set(RebuildStatus.progress(
                now.state(),
                now.startedAt(),
                now.eventsTotal(),
                now.eventsProcessed() + batch.size(),
                clock.instant()));
        progress.advance(batch.size());
    }

    private void update(RebuildPhase state) {
        RebuildStatus now = status.get();
        status.set(RebuildStatus.progress(
                state, now.startedAt(), now.eventsTotal(), now.eventsProcessed(), clock.instant()));
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> rows = new LinkedHashMap<>();
        shadow.tables().forEach(table -> rows.put(table, shadow.rows(table)));
        return rows;
    }
}
