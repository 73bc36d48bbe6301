package com.pazpaz.infra.admission;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Lets a command execute (decision 294): first its turn among at most {@code concurrency} commands executing at
 * once, in arrival order; then, while the pipeline is more than {@code maxEventsBehind} events behind and catching
 * up, a wait of at most {@code maxHold}. Commands beyond the turns wait blocked, costing no CPU, which leaves the
 * cores to the commands in progress and to the projection that must follow them.
 */
public class CommandAdmission {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Semaphore turns;
    private final int concurrency;
    private final LongSupplier eventsBehind;
    private final long maxEventsBehind;
    private final long queueTimeoutNanos;
    private final long maxHoldNanos;
    // one command of those holding a turn polls the pipeline; the others wait behind it instead of all polling
    private final ReentrantLock pipelineWatch = new ReentrantLock(true);
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /** {@code eventsBehind}: how far the pipeline is behind now ({@link PipelineDistance#eventsBehind()}). */
    CommandAdmission(AdmissionProperties properties, LongSupplier eventsBehind) {
        this.concurrency = properties.concurrency();
        this.turns = new Semaphore(concurrency, true);
        this.eventsBehind = eventsBehind;
        this.maxEventsBehind = properties.maxEventsBehind();
        this.queueTimeoutNanos = properties.queueTimeout().toNanos();
        this.maxHoldNanos = properties.maxHold().toNanos();
    }

    /** A command's turn; closing it lets the next command in. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a turn and for the pipeline.
     *
     * @throws NoTurnException when no turn came within the queue timeout (or the wait was interrupted)
     */
    public Turn admit() {
        try {
            if (!turns.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS)) {
                refused.incrementAndGet();
                throw new NoTurnException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoTurnException();
        }
        try {
            awaitPipeline();
        } catch (RuntimeException e) {
            turns.release();
            throw e;
        }
        return turns::release;
    }

    private void awaitPipeline() {
        if (maxEventsBehind <= 0 || eventsBehind.getAsLong() <= maxEventsBehind) {
            return;
        }
        held.incrementAndGet();
        long deadline = System.nanoTime() + maxHoldNanos;
        try {
            if (!pipelineWatch.tryLock(maxHoldNanos, TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            while (eventsBehind.getAsLong() > maxEventsBehind && System.nanoTime() < deadline) {
                LockSupport.parkNanos(POLL_NANOS);
            }
        } finally {
            pipelineWatch.unlock();
        }
    }

    /**
     * Events the pipeline is behind as admission sees it now: the furthest watched processor that is catching up
     * (a stalled one does not count).
     */
    public long pipelineBehind() {
        return eventsBehind.getAsLong();
    }

    /** Commands executing now. */
    public int executing() {
        return concurrency - turns.availablePermits();
    }

    /** Commands waiting for a turn now. */
    public int waiting() {
        return turns.getQueueLength();
    }

    /** Commands that have waited for the pipeline since start. */
    public long held() {
        return held.get();
    }

    /** Commands refused for want of a turn since start. */
    public long refused() {
        return refused.get();
    }

    /** No turn came in time: the command did not execute. */
    public static class NoTurnException extends RuntimeException {
        NoTurnException() {
            super("no turn to execute a command within the queue timeout", null, false, false);
        }
    }
}
