package com.pazpaz.query.replay;

import com.pazpaz.infra.jobs.JobProgress;
import com.pazpaz.infra.jobs.Jobs;
import com.pazpaz.query.common.ReadModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read table from the events while the live tables keep answering queries:
 * <ol>
 * <li>create a shadow schema from the read-model migrations;</li>
 * <li>replay all events through the live projectors, each batch in a transaction whose search path points at
 *     the shadow schema;</li>
 * <li>pause the live processor, replay what arrived meanwhile, then in one transaction swap the shadow tables in,
 *     store the rebuild's position as the processor's token, and drop the old tables;</li>
 * <li>resume the live processor from there.</li>
 * </ol>
 * Queries are answered throughout (from the old tables until the swap); writes pause for the swap only.
 */
@Component
class ReadModelRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilder.class);
    private static final int BATCH = 500;

    private final EventStorageEngine storageEngine;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager axonTransactions;
    private final TransactionTemplate springTransactions;
    private final ShadowSchema shadow;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Jobs jobs;
    private JobProgress progress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    ReadModelRebuilder(EventStorageEngine storageEngine, EventProcessingConfiguration processing,
                       TokenStore tokenStore, TransactionManager axonTransactions,
                       TransactionTemplate springTransactions, javax.sql.DataSource dataSource, JdbcTemplate jdbc,
                       Clock clock, Jobs jobs) {
        this.jobs = jobs;
        this.storageEngine = storageEngine;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.axonTransactions = axonTransactions;
        this.springTransactions = springTransactions;
        this.shadow = new ShadowSchema(dataSource, jdbc);
        this.jdbc = jdbc;
        this.clock = clock;
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
        status.set(RebuildStatus.progress("building", clock.instant(), total == null ? 0 : total, 0, clock.instant()));
        progress = jobs.start("read-model-rebuild", total == null ? 0 : total);
        worker.submit(this::rebuild);
        return status.get();
    }

    private void rebuild() {
        TrackingEventProcessor live = processing
                .eventProcessor(ReadModel.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        boolean paused = false;
        try {
            log.info("Read-model rebuild started: {} events in the store", status.get().eventsTotal());
            shadow.create();
            TrackingToken position = replay(live.eventHandlerInvoker(), null);
            update("swapping");
            live.shutDown();
            paused = true;
            TrackingToken finalPosition = replay(live.eventHandlerInvoker(), position);
            Map<String, Long> rows = rowCounts();
            springTransactions.executeWithoutResult(tx -> {
                shadow.swapIntoLive();
                tokenStore.storeToken(finalPosition, ReadModel.PROCESSING_GROUP, 0);
                tokenStore.releaseClaim(ReadModel.PROCESSING_GROUP, 0);
            });
            status.set(status.get().finished(clock.instant(), rows));
            progress.complete();
            log.info("Read-model rebuild done: {} events, rows {}", status.get().eventsProcessed(), rows);
        } catch (RuntimeException e) {
            log.error("Read-model rebuild failed; the live tables are unchanged", e);
            status.set(status.get().failed(clock.instant(), e.getClass().getSimpleName()));
            progress.fail(e);
        } finally {
            if (paused) {
                live.start();
            }
        }
    }

    /** Applies every event after {@code from} to the shadow tables; returns the position reached. */
    private TrackingToken replay(EventHandlerInvoker projectors, TrackingToken from) {
        TrackingToken position = from;
        try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    apply(projectors, batch);
                    position = batch.get(batch.size() - 1).trackingToken();
                    batch.clear();
                }
            }
        }
        return position;
    }

    private void apply(EventHandlerInvoker projectors, List<TrackedEventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        unitOfWork.attachTransaction(axonTransactions);
        shadow.useInCurrentTransaction();
        try {
            unitOfWork.executeWithResult(() -> {
                projectors.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException("Rebuild failed at an event of type "
                    + unitOfWork.getMessage().getPayloadType().getSimpleName(), e);
        }
        RebuildStatus now = status.get();
        status.set(RebuildStatus.progress(now.state(), now.startedAt(), now.eventsTotal(),
                now.eventsProcessed() + batch.size(), clock.instant()));
        progress.advance(batch.size());
    }

    private void update(String state) {
        RebuildStatus now = status.get();
        status.set(RebuildStatus.progress(state, now.startedAt(), now.eventsTotal(), now.eventsProcessed(),
                clock.instant()));
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> rows = new LinkedHashMap<>();
        shadow.tables().forEach(table -> rows.put(table, shadow.rows(table)));
        return rows;
    }
}
