package com.pazpaz.infra.eventstore;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * A background worker of the event store (the NOTIFY listener, the event chainer): one loop on a daemon thread
 * of its own, started and stopped with the application context.
 */
public abstract class DaemonLoop implements SmartLifecycle {

    private static final long JOIN_MILLIS = TimeUnit.SECONDS.toMillis(5);

    private final String threadName;
    private volatile boolean running;
    private Thread thread;

    protected DaemonLoop(String threadName) {
        this.threadName = threadName;
    }

    /** The work: returns once {@link #isRunning()} turns false. */
    protected abstract void loop();

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Sleeps for {@code duration} unless stopped; {@link #stop()} cuts it short. */
    protected void pause(Duration duration) {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
