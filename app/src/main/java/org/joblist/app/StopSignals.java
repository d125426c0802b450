package org.joblist.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into a request to stop: the first releases {@link #await},
 * so the daemon can stop gracefully; a second halts the JVM at once, exit status 128 plus the
 * signal's number. JVM shutdown hooks cannot do this: while they run, a second signal waits
 * for them. {@code sun.misc.Signal} (module jdk.unsupported) is the JDK's only way.
 */
final class StopSignals {
    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final AtomicInteger received = new AtomicInteger();

    private StopSignals() {
    }

    /** Handles SIGTERM and SIGINT from now on, in place of the JVM's own handling. */
    static StopSignals install() {
        StopSignals signals = new StopSignals();
        Signal.handle(new Signal("TERM"), signals::receive);
        Signal.handle(new Signal("INT"), signals::receive);
        return signals;
    }

    /** Waits until the first stop signal. */
    void await() throws InterruptedException {
        requested.await();
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
