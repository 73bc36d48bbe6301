package com.pazpaz.infra.resilience;

import java.time.Duration;

/**
 * A daemon thread that runs a task, sleeps for an interval and runs it again until stopped: the beat of the
 * database probe and of the processor supervisor. The task handles its own failures; an interrupt ends the beat.
 */
final class RepeatingTask {

    private final String threadName;
    private final Duration interval;
    private final Runnable task;
    private volatile boolean running;
    private Thread thread;

    RepeatingTask(String threadName, Duration interval, Runnable task) {
        this.threadName = threadName;
        this.interval = interval;
        this.task = task;
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this::beat, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the beat and waits up to {@code patience} for a run under way to end. */
    synchronized void stop(Duration patience) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(patience.toMillis());
        }
    }

    boolean isRunning() {
        return running;
    }

    private void beat() {
        while (running) {
            task.run();
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
