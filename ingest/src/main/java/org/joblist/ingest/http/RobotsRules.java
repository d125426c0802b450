package org.joblist.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robots.txt rules of each site joblist reads pages of, fetched once per scheme, host and
 * port and parsed with crawler-commons for our user agent's product name. Thread-safe.
 */
final class RobotsRules {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsRules.class);

    /** Fetches a site's robots.txt. */
    @FunctionalInterface
    interface Fetcher {
        /** @throws org.joblist.ingest.FetchException when the file cannot be fetched at all */
        RobotsTxt fetch(String sourceId, HttpUrl robotsUrl);
    }

    /**
     * A robots.txt response.
     *
     * @param status the HTTP status; 404 too when a replayed cassette has no robots.txt
     */
    record RobotsTxt(int status, byte[] body, @Nullable String contentType) {
    }

    /** Told a site's {@code Crawl-delay}, so requests to its host keep that far apart. */
    @FunctionalInterface
    interface CrawlDelays {
        void slowDown(String host, Duration delay);
    }

    /** The longest Crawl-delay honoured; a site asking for more gets this. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final List<String> agentNames;
    private final Fetcher fetcher;
    private final CrawlDelays crawlDelays;
    private final Map<String, BaseRobotRules> bySite = new ConcurrentHashMap<>();

    RobotsRules(String userAgent, Fetcher fetcher, CrawlDelays crawlDelays) {
        this.agentNames = List.of(productName(userAgent));
        this.fetcher = fetcher;
        this.crawlDelays = crawlDelays;
    }

    /** The product of a user agent in lower case, e.g. {@code joblist} for "joblist/0.1 (...)". */
    static String productName(String userAgent) {
        String product = userAgent.strip().split("[/\\s]", 2)[0];
        return product.isEmpty() ? "joblist" : product.toLowerCase(Locale.ROOT);
    }

    boolean isAllowed(String sourceId, HttpUrl url) {
        HttpUrl robotsUrl = url.newBuilder("/robots.txt").build();
        BaseRobotRules rules = bySite.computeIfAbsent(robotsUrl.toString(),
                key -> rules(sourceId, robotsUrl));
        boolean allowed = rules.isAllowed(url.toString());
        if (!allowed) {
            LOG.info("source {}: {} is disallowed by {}", sourceId, url, robotsUrl);
        }
        return allowed;
    }

    private BaseRobotRules rules(String sourceId, HttpUrl robotsUrl) {
        RobotsTxt answer = fetcher.fetch(sourceId, robotsUrl);
        if (answer.status() >= 200 && answer.status() < 300) {
            BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), answer.body(),
                    answer.contentType() == null ? "text/plain" : answer.contentType(),
                    agentNames);
            if (rules.getCrawlDelay() > 0) {
                Duration delay = Duration.ofMillis(rules.getCrawlDelay());
                if (delay.compareTo(MAX_CRAWL_DELAY) > 0) {
                    LOG.warn("source {}: {} asks for a Crawl-delay of {} s; keeping {} s",
                            sourceId, robotsUrl, delay.toSeconds(), MAX_CRAWL_DELAY.toSeconds());
                    delay = MAX_CRAWL_DELAY;
                }
                crawlDelays.slowDown(robotsUrl.host(), delay);
            }
            return rules;
        }
        // crawler-commons: a missing file (4xx) allows all, a server error (5xx) disallows all.
        LOG.debug("source {}: {} answered {}", sourceId, robotsUrl, answer.status());
        return parser.failedFetch(answer.status());
    }
}
