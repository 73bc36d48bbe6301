package com.pazpaz.query.audit;

import com.pazpaz.infra.access.AccessRecordAppender;
import com.pazpaz.query.isolation.EveryPractice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends access records with group commit: the records of concurrent readers that arrive while one append is
 * committing are appended together in the next transaction, so N readers share one commit (one fsync) instead of
 * each paying its own. Each caller still returns only after the transaction holding its own record committed
 * (decision 88): a read is answered only once its record is durable, exactly as when every read committed alone.
 *
 * <p>One writer thread does the appends. An idle writer takes a lone record at once, so a single reader waits
 * no longer than before; batches only grow when commits are the bottleneck. If a batch fails, its records are
 * tried one by one, so that one bad record cannot fail the reads of others.
 */
@Component
class AccessRecordWriter implements SmartLifecycle, AccessRecordAppender {

    private static final Logger log = LoggerFactory.getLogger(AccessRecordWriter.class);
    /** Most records in one append transaction: a bound on a transaction's size, far above what 2 cores fill. */
    static final int MAX_BATCH = 256;
    /** How long a reader waits for its record to be durable before its read fails. */
    private static final long WAIT_SECONDS = 30;

    private final EventStore eventStore;
    private final TransactionTemplate ownTransaction;
    private final BlockingQueue<PendingRecord> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean running;

    AccessRecordWriter(EventStore eventStore, PlatformTransactionManager transactions) {
        this.eventStore = eventStore;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends the record and returns once it is committed; throws when it could not be (the read must fail). */
    @Override
    public void appendDurably(EventMessage<?> record) {
        if (!running) {
            appendAlone(record); // before start or during shutdown: the caller's own transaction, as before
            return;
        }
        PendingRecord pending = new PendingRecord(record);
        queue.add(pending);
        try {
            pending.committed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before the access record was committed", interrupted);
        } catch (TimeoutException timeout) {
            throw new IllegalStateException("The access record was not committed within " + WAIT_SECONDS + " s");
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("The access record could not be appended", failed.getCause());
        }
    }

    private void writeLoop() {
        List<PendingRecord> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                PendingRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                appendBatch(batch);
            } catch (InterruptedException interrupted) {
                if (!running) {
                    break;
                }
            } catch (RuntimeException | Error unexpected) {
                batch.forEach(pending -> pending.committed.completeExceptionally(unexpected));
                log.error("Access record writer failed on a batch of {}", batch.size(), unexpected);
            } finally {
                batch.clear();
            }
        }
    }

    private void appendBatch(List<PendingRecord> batch) {
        try {
            List<EventMessage<?>> records =
                    batch.stream().<EventMessage<?>>map(PendingRecord::record).toList();
            ownTransaction.executeWithoutResult(status -> eventStore.publish(records));
            batch.forEach(pending -> pending.committed.complete(null));
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).committed.completeExceptionally(failed);
                return;
            }
            log.warn("An append of {} access records failed; appending them one by one", batch.size(), failed);
            for (PendingRecord pending : batch) {
                try {
                    appendAlone(pending.record());
                    pending.committed.complete(null);
                } catch (RuntimeException alone) {
                    pending.committed.completeExceptionally(alone);
                }
            }
        }
    }

    private void appendAlone(EventMessage<?> record) {
        ownTransaction.executeWithoutResult(status -> eventStore.publish(record));
    }

    @Override
    public void start() {
        running = true;
        // the writer appends for the readers of every practice, from the processing pool: readers wait for it while
        // holding a request connection each, so it must never wait for one of those (decision 256)
        writer = new Thread(EveryPractice.marking(this::writeLoop), "access-record-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops taking records; what is queued is still appended before the writer ends. */
    @Override
    public void stop() {
        running = false;
        Thread current = writer;
        if (current != null) {
            try {
                current.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts before and stops after the web server (Boot's is at {@code DEFAULT_PHASE - 2048}; a lower phase starts
     * earlier and stops later), so no request can queue a record that nobody appends.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private record PendingRecord(EventMessage<?> record, CompletableFuture<Void> committed) {
        PendingRecord(EventMessage<?> record) {
            this(record, new CompletableFuture<>());
        }
    }
}
