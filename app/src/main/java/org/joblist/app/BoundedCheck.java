package org.joblist.app;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A health check that answers within a bounded time: a store that does not answer (a database
 * server gone, a pool waiting 30 s for a connection) makes {@code /health} say so at once rather
 * than keep a monitor waiting. The check goes on in a thread of its own; requests that come while
 * it does wait for that same check, so a hanging store holds one thread, not one per request.
 */
final class BoundedCheck {
    private final Supplier<Health.Answer> check;
    private @Nullable CompletableFuture<Health.Answer> inFlight;

    BoundedCheck(Supplier<Health.Answer> check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    /** The check's answer, or a 503 naming the time waited when it took longer. */
    Health.Answer answer(Duration timeout) {
        try {
            return current().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return down("no answer from the scheduler or the store within " + timeout.toMillis()
                    + " ms");
        } catch (ExecutionException e) {
            return down("the check failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private synchronized CompletableFuture<Health.Answer> current() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(check, task -> {
                Thread thread = new Thread(task, "joblist-health");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return inFlight;
    }

    private static Health.Answer down(String error) {
        return new Health.Answer(503, Health.JSON.createObjectNode()
                .put("status", "down")
                .put("error", error)
                .toString());
    }
}
