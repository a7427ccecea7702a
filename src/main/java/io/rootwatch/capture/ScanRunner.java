package io.rootwatch.capture;

import io.rootwatch.model.Capture;
import io.rootwatch.model.Endpoint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Captures many endpoints on virtual threads, at most {@link CaptureOptions#maxConcurrency()} at once
 * overall and {@link CaptureOptions#maxPerHost()} at once per host name.
 *
 * <p>Thread-safe; each {@link #run} call has its own bounds.
 */
public final class ScanRunner {
    private final TlsCapturer capturer;
    private final CaptureOptions options;

    public ScanRunner(TlsCapturer capturer, CaptureOptions options) {
        this.capturer = Objects.requireNonNull(capturer, "capturer");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Captures every endpoint and hands each Capture to {@code onEachCapture} as soon as it completes, so the
     * caller can store it at once: a crash loses nothing already delivered. Every endpoint is delivered exactly
     * once, in completion order (not input order). Calls to {@code onEachCapture} never overlap, so it needs no
     * locking of its own. Returns when all captures are delivered.
     *
     * <p>If {@code onEachCapture} throws, no further captures are started, those running finish (and are not
     * delivered), and the first exception is rethrown.
     */
    public void run(List<Endpoint> endpoints, Consumer<Capture> onEachCapture) {
        Objects.requireNonNull(onEachCapture, "onEachCapture");
        List<Endpoint> targets = List.copyOf(endpoints);
        Semaphore overall = new Semaphore(options.maxConcurrency());
        Map<String, Semaphore> perHost = new ConcurrentHashMap<>();
        Object deliveryLock = new Object();
        AtomicReference<RuntimeException> callbackFailure = new AtomicReference<>();

        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Endpoint endpoint : targets) {
                pool.execute(() -> {
                    // Host permit first, then the overall one: a target waiting for its host holds no
                    // overall slot, so one busy host cannot starve the rest of the scan.
                    Semaphore host = perHost.computeIfAbsent(endpoint.host().toLowerCase(Locale.ROOT),
                            h -> new Semaphore(options.maxPerHost()));
                    host.acquireUninterruptibly();
                    try {
                        overall.acquireUninterruptibly();
                        try {
                            if (callbackFailure.get() != null) {
                                return;
                            }
                            Capture capture = captureSafely(endpoint);
                            synchronized (deliveryLock) {
                                if (callbackFailure.get() == null) {
                                    try {
                                        onEachCapture.accept(capture);
                                    } catch (RuntimeException e) {
                                        callbackFailure.compareAndSet(null, e);
                                    }
                                }
                            }
                        } finally {
                            overall.release();
                        }
                    } finally {
                        host.release();
                    }
                });
            }
        }
        RuntimeException failure = callbackFailure.get();
        if (failure != null) {
            throw failure;
        }
    }

    private Capture captureSafely(Endpoint endpoint) {
        try {
            return capturer.capture(endpoint);
        } catch (RuntimeException e) {
            // A bug must not silently drop a target from the results: report it as that target's error.
            return capturer.internalFailure(endpoint, e);
        }
    }
}
