package io.rootwatch.capture;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closes a socket when its deadline passes. Why: a read timeout alone does not bound a server that sends
 * one byte just before each timeout; closing the socket ends any blocked read at the deadline.
 * One shared daemon thread serves every capture; the tasks only close sockets, so it never backs up.
 */
final class Watchdog implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rootwatch-capture-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final AtomicBoolean fired = new AtomicBoolean();
    private final ScheduledFuture<?> task;

    private Watchdog(Closeable target, Deadline deadline) {
        this.task = TIMER.schedule(() -> {
            fired.set(true);
            try {
                target.close();
            } catch (IOException e) {
                // already closed: nothing left to stop
            }
        }, Math.max(1, deadline.nanoTime() - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    static Watchdog closeAt(Closeable target, Deadline deadline) {
        return new Watchdog(target, deadline);
    }

    boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
