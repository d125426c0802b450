package org.joblist.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into a request to stop: the first releases {@link #await},
 * so the daemon can stop gracefully; a second halts the JVM at once, exit status 128 plus the
 * signal's number. JVM shutdown hooks cannot do this: while they run, a second signal waits
 * for them. {@code sun.misc.Signal} (module jdk.unsupported) is the JDK's only way. Closing
 * gives the signals back to the handlers they had.
 */
final class StopSignals implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);
    private static final List<String> NAMES = List.of("TERM", "INT");

    private final CountDownLatch requested = new CountDownLatch(1);
    private final AtomicInteger received = new AtomicInteger();
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private StopSignals() {
    }

    /** Handles SIGTERM and SIGINT from now on, in place of the JVM's own handling. */
    static StopSignals install() {
        StopSignals signals = new StopSignals();
        for (String name : NAMES) {
            Signal signal = new Signal(name);
            signals.previous.put(signal, Signal.handle(signal, signals::receive));
        }
        return signals;
    }

    /** Waits until the first stop signal; at once when one came already. */
    void await() throws InterruptedException {
        requested.await();
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }

    private void receive(Signal signal) {
        if (received.incrementAndGet() == 1) {
            LOG.info("daemon: SIG{} received; stopping (a second signal stops at once)",
                    signal.getName());
            requested.countDown();
            return;
        }
        LOG.warn("daemon: SIG{} received again; stopping at once", signal.getName());
        Runtime.getRuntime().halt(128 + signal.getNumber());
    }
}
