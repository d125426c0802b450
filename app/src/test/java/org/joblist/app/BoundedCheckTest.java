package org.joblist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCheckTest {
    private static final Health.Answer UP = new Health.Answer(200, "{\"status\":\"up\"}");

    @Test
    void aCheckThatHangsAnswersDownInTimeAndRequestsMeanwhileShareIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch storeAnswers = new CountDownLatch(1);
        AtomicInteger checks = new AtomicInteger();
        BoundedCheck health = new BoundedCheck(() -> {
            checks.incrementAndGet();
            started.countDown();
            try {
                storeAnswers.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return UP;
        });

        Health.Answer first = health.answer(Duration.ofMillis(20));
        Health.Answer second = health.answer(Duration.ofMillis(20));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        int checksWhileHanging = checks.get();
        storeAnswers.countDown();
        // Joins the check going on, or starts another when that one has just ended.
        Health.Answer afterwards = health.answer(Duration.ofSeconds(30));

        assertThat(first).isEqualTo(new Health.Answer(503, "{\"status\":\"down\",\"error\":\"no"
                + " answer from the scheduler or the store within 20 ms\"}"));
        assertThat(second).isEqualTo(first);
        assertThat(afterwards).isEqualTo(UP);
        assertThat(checksWhileHanging).isOne();
    }

    @Test
    void aCheckThatThrowsAnswersDownNamingTheFailure() {
        BoundedCheck health = new BoundedCheck(() -> {
            throw new IllegalStateException("scheduler gone");
        });

        assertThat(health.answer(Duration.ofSeconds(30))).isEqualTo(new Health.Answer(503,
                "{\"status\":\"down\",\"error\":\"the check failed:"
                        + " java.lang.IllegalStateException: scheduler gone\"}"));
    }
}
