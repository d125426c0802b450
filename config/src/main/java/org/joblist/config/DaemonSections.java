package org.joblist.config;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the {@code scheduler} and {@code server} sections, which only the daemon uses. */
final class DaemonSections {
    private static final Set<String> SCHEDULER_KEYS =
            Set.of("defaultSchedule", "publishSchedule", "gracePeriod", "clustered");
    private static final Set<String> SERVER_KEYS = Set.of("port", "host");
    private static final int MAX_PORT = 65535;

    private DaemonSections() {
    }

    /** @param store where the nodes of a cluster would share Quartz's tables */
    static SchedulerConfig scheduler(@Nullable ConfigNode node, StoreConfig store) {
        if (node == null) {
            return SchedulerConfig.defaults();
        }
        node.requireOnlyKeys(SCHEDULER_KEYS);
        ConfigNode defaultSchedule = node.optional("defaultSchedule");
        ConfigNode publishSchedule = node.optional("publishSchedule");
        ConfigNode gracePeriod = node.optional("gracePeriod");
        ConfigNode clustered = node.optional("clustered");
        boolean cluster = clustered != null && clustered.asBoolean();
        if (cluster && !store.url().startsWith("jdbc:postgresql:")) {
            throw clustered.error("true needs a PostgreSQL store that every node shares"
                    + " (store.url: jdbc:postgresql://host:port/database), not " + store.url()
                    + "; leave it out (or false) to run one daemon");
        }
        return new SchedulerConfig(
                defaultSchedule == null
                        ? SchedulerConfig.DEFAULT_SCHEDULE
                        : ConfigValues.cron(defaultSchedule),
                publishSchedule == null ? null : ConfigValues.cron(publishSchedule),
                gracePeriod == null
                        ? SchedulerConfig.DEFAULT_GRACE_PERIOD
                        : ConfigValues.duration(gracePeriod),
                cluster);
    }

    /** The server section; null, for no server, when it is absent. */
    static @Nullable ServerConfig server(@Nullable ConfigNode node) {
        if (node == null) {
            return null;
        }
        node.requireOnlyKeys(SERVER_KEYS);
        ConfigNode port = node.optional("port");
        if (port == null) {
            throw node.error("sets no port; set server.port (e.g. 9464) to serve /health and"
                    + " /metrics, or leave the section out");
        }
        return new ServerConfig(node.string("host", ServerConfig.DEFAULT_HOST),
                port.asInt(1, MAX_PORT));
    }
}
