package org.joblist.app;

import java.util.Properties;
import org.joblist.config.SchedulerConfig;
import org.quartz.simpl.RAMJobStore;
import org.quartz.simpl.SimpleThreadPool;

/** The settings of the daemon's Quartz scheduler, built from the config in this one place. */
final class QuartzProperties {
    static final String INSTANCE_NAME = "joblist";

    /**
     * Worker threads, so this many sources run at once. A source run can hold two of the store's
     * four connections (its transaction, and a look-up of HTTP validators), and publishing takes
     * another: with two workers the store never makes a run wait for a connection.
     */
    static final int MAX_THREADS = 2;

    /**
     * A trigger that could not fire for longer than this (the daemon was down, or the source's
     * previous run was still going) has misfired, and fires once at the next chance rather than
     * once for every slot it missed. Kept short so that no missed slot counts as on time.
     */
    static final long MISFIRE_THRESHOLD_MS = 1_000;

    private QuartzProperties() {
    }

    /**
     * @param jobs how many jobs the scheduler holds: a few more workers than that would idle
     */
    static Properties of(SchedulerConfig config, int jobs) {
        if (config.clustered()) {
            throw new IllegalArgumentException("a clustered scheduler is not supported yet (#6)");
        }
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", INSTANCE_NAME);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.class", SimpleThreadPool.class.getName());
        properties.setProperty("org.quartz.threadPool.threadCount",
                Integer.toString(Math.max(1, Math.min(MAX_THREADS, jobs))));
        properties.setProperty("org.quartz.jobStore.misfireThreshold",
                Long.toString(MISFIRE_THRESHOLD_MS));
        // TODO(#6): for scheduler.clustered, once the PostgreSQL store lands: jobStore.class
        // JobStoreTX with driverDelegateClass PostgreSQLDelegate, isClustered true, instanceId
        // AUTO, a clusterCheckinInterval, and a dataSource on store.url (provider=hikaricp, the
        // password from StoreConfig) whose QRTZ_ tables our Flyway migrations create. Until then
        // every daemon keeps its triggers in memory, and recomputes them from the store at start.
        properties.setProperty("org.quartz.jobStore.class", RAMJobStore.class.getName());
        return properties;
    }
}
