package org.joblist.app;

import java.util.Properties;
import org.joblist.config.SchedulerConfig;
import org.joblist.config.StoreConfig;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.simpl.RAMJobStore;
import org.quartz.simpl.SimpleThreadPool;

/** The settings of the daemon's Quartz scheduler, built from the config in this one place. */
final class QuartzProperties {
    /** The scheduler's name, which the nodes of a cluster share. */
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

    /**
     * How often a cluster node tells the others it is alive. Quartz takes a node for dead when
     * it has not checked in for this long plus 7.5 s, then another node takes over its triggers.
     */
    static final long CLUSTER_CHECKIN_MS = 5_000;

    /** The data source's name in Quartz's settings. */
    private static final String DATA_SOURCE = "store";

    private QuartzProperties() {
    }

    /**
     * @param jobs how many jobs the scheduler holds: a few more workers than that would idle
     * @param store the database whose Quartz tables a clustered scheduler keeps its jobs in
     */
    static Properties of(SchedulerConfig config, int jobs, StoreConfig store) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", INSTANCE_NAME);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.class", SimpleThreadPool.class.getName());
        int threads = Math.max(1, Math.min(MAX_THREADS, jobs));
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        properties.setProperty("org.quartz.jobStore.misfireThreshold",
                Long.toString(MISFIRE_THRESHOLD_MS));
        if (!config.clustered()) {
            // One daemon keeps its triggers in memory, and recomputes them from the store at start.
            properties.setProperty("org.quartz.jobStore.class", RAMJobStore.class.getName());
            return properties;
        }

        // Every node shares the triggers in the store's database (tables from our migrations,
        // db/vendor/postgresql), and each firing is taken by one node under a row lock.
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                PostgreSQLDelegate.class.getName());
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                Long.toString(CLUSTER_CHECKIN_MS));
        // Job data as strings (the source id), not serialized Java objects.
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        String prefix = "org.quartz.dataSource." + DATA_SOURCE + ".";
        properties.setProperty(prefix + "provider", "hikaricp");
        properties.setProperty(prefix + "driver", "org.postgresql.Driver");
        properties.setProperty(prefix + "URL", store.url());
        if (store.user() != null) {
            properties.setProperty(prefix + "user", store.user());
        }
        if (store.password() != null) {
            properties.setProperty(prefix + "password", store.password());
        }
        // A connection per worker, one for the scheduler's thread, one for the cluster check-in.
        properties.setProperty(prefix + "maxConnections", Integer.toString(threads + 2));
        return properties;
    }
}
