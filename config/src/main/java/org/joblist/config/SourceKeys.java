package org.joblist.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the keys of one entry of {@code sources}: those every kind has ({@code id}, {@code kind},
 * {@code board}, {@code url}, {@code minInterval}, {@code maxPages}, {@code schedule}) and each
 * kind's own settings and credentials.
 * Every problem names the key path and what would be accepted.
 */
final class SourceKeys {
    private static final Set<String> COMMON_KEYS =
            Set.of("id", "kind", "board", "url", "minInterval", "maxPages", "schedule");
    private static final Duration REMOTIVE_INTERVAL = Duration.ofHours(6);
    private static final Pattern PAGES = Pattern.compile("\\d{1,6}");
    private static final List<String> ADZUNA_COUNTRIES = List.of("at", "au", "be", "br", "ca",
            "ch", "de", "es", "fr", "gb", "in", "it", "mx", "nl", "nz", "pl", "sg", "us", "za");

    private SourceKeys() {
    }

    static SourceConfig read(ConfigNode item, String id, SourceKind kind) {
        KindKeys keys = KindKeys.of(kind);
        Set<String> known = new HashSet<>(COMMON_KEYS);
        known.addAll(keys.settings());
        known.addAll(keys.secrets().keySet());
        item.requireOnlyKeys(known);

        String board = item.optionalString("board");
        ConfigNode urlNode = item.optional("url");
        boolean hasTarget = urlNode != null || (board != null && !keys.urlOnly())
                || (kind == SourceKind.HACKERNEWS && item.optional("thread") != null);
        if (keys.needs() != null && !hasTarget) {
            throw item.error("a " + kind.configName() + " source needs " + keys.needs());
        }
        Map<String, String> settings = new HashMap<>();
        for (String key : keys.settings()) {
            ConfigNode value = item.optional(key);
            if (key.equals("selectors") && value != null) {
                settings.putAll(selectors(value));
            } else if (value != null) {
                settings.put(key, value.asString());
            }
        }
        Map<String, String> secrets = new HashMap<>();
        keys.secrets().forEach((key, variable) -> {
            ConfigNode value = item.optional(key);
            if (value != null) {
                secrets.put(key, value.asSecret(variable));
            }
        });
        checkKind(item, kind, settings, secrets);
        ConfigNode schedule = item.optional("schedule");
        return new SourceConfig(id, kind, board,
                urlNode == null ? null : ConfigValues.httpUrl(urlNode), minInterval(item, kind),
                maxPages(item), settings, secrets, schedule == null ? null : ConfigValues.cron(schedule));
    }

    /** The shortest time between two fetches: the board's terms' interval unless set. */
    private static Duration minInterval(ConfigNode item, SourceKind kind) {
        ConfigNode node = item.optional("minInterval");
        if (node != null) {
            return ConfigValues.duration(node);
        }
        // Remotive's terms ask for about four fetches a day at most.
        return kind == SourceKind.REMOTIVE ? REMOTIVE_INTERVAL : Duration.ZERO;
    }

    private static int maxPages(ConfigNode item) {
        ConfigNode node = item.optional("maxPages");
        if (node == null) {
            return SourceConfig.DEFAULT_MAX_PAGES;
        }
        String value = node.asString();
        if (!PAGES.matcher(value).matches() || Integer.parseInt(value) == 0) {
            throw node.error("\"" + value + "\" is not a page count (a whole number from 1 to"
                    + " 999999, e.g. 50)");
        }
        return Integer.parseInt(value);
    }

    /** Checks what one kind needs beyond the keys being known. */
    private static void checkKind(ConfigNode item, SourceKind kind, Map<String, String> settings,
            Map<String, String> secrets) {
        switch (kind) {
            case ADZUNA -> {
                ConfigNode country = item.required("country");
                if (!ADZUNA_COUNTRIES.contains(settings.get("country"))) {
                    throw country.error("\"" + settings.get("country") + "\" is not a country"
                            + " Adzuna serves (one of: " + String.join(", ", ADZUNA_COUNTRIES)
                            + ")");
                }
                item.required("appId");
                item.required("appKey");
            }
            case USAJOBS -> {
                item.required("apiKey");
                ConfigNode email = item.required("email");
                if (!secrets.get("email").contains("@")) {
                    throw email.error("is not an e-mail address; USAJOBS wants the address the"
                            + " API key was issued to as User-Agent");
                }
            }
            case HTML -> {
                ConfigNode selectors = item.required("selectors");
                selectors.required("item");
                selectors.required("title");
            }
            case HACKERNEWS -> {
                String thread = settings.get("thread");
                if (thread != null && !thread.matches("\\d{1,12}")) {
                    throw item.required("thread").error("\"" + thread + "\" is not a Hacker News"
                            + " item id (digits, e.g. 48747976)");
                }
            }
            default -> {
                // The other kinds need nothing beyond their known keys.
            }
        }
    }

    private static Map<String, String> selectors(ConfigNode node) {
        Map<String, String> selectors = new LinkedHashMap<>();
        List<String> known = List.of("item", "title", "company", "location", "date", "link",
                "nextPage");
        node.requireOnlyKeys(Set.copyOf(known));
        for (String key : known) {
            String value = node.optionalString(key);
            if (value != null) {
                selectors.put("selectors." + key, value);
            }
        }
        return selectors;
    }

    /**
     * The keys a kind adds to the common ones.
     *
     * @param needs what the kind needs when neither board nor url is given, for the message;
     *     null when it needs neither
     * @param urlOnly whether only a url will do
     * @param settings its own plain keys
     * @param secrets its credential keys, each with the environment variable named as example
     */
    private record KindKeys(@Nullable String needs, boolean urlOnly, Set<String> settings,
            Map<String, String> secrets) {
        KindKeys(@Nullable String needs, Set<String> settings, Map<String, String> secrets) {
            this(needs, false, settings, secrets);
        }

        static KindKeys of(SourceKind kind) {
            return switch (kind) {
                case GREENHOUSE -> board("the board token, e.g. \"gitlab\" for"
                        + " boards.greenhouse.io/gitlab");
                case ADZUNA -> new KindKeys(null, Set.of("country", "what", "where"),
                        Map.of("appId", "ADZUNA_APP_ID", "appKey", "ADZUNA_APP_KEY"));
                case USAJOBS -> new KindKeys(null, Set.of("keyword"),
                        Map.of("apiKey", "USAJOBS_API_KEY", "email", "USAJOBS_EMAIL"));
                case RSS -> new KindKeys("\"url\" (the feed's address)", true, Set.of(),
                        Map.of());
                case HACKERNEWS -> new KindKeys("\"thread\" (the id of the Ask HN: Who is"
                        + " hiring? story, e.g. 48747976) or \"url\"", true, Set.of("thread"),
                        Map.of());
                case JSONLD -> new KindKeys("\"url\" (the career page carrying the JSON-LD)",
                        true, Set.of("jobLinks"), Map.of());
                case HTML -> new KindKeys("\"url\" (the board's first page)", true,
                        Set.of("company", "selectors"), Map.of());
                case THEMUSE -> new KindKeys(null, Set.of(), Map.of("apiKey", "THEMUSE_API_KEY"));
                case REMOTEOK, HIMALAYAS, ARBEITNOW, REMOTIVE, JOBICY, WORKINGNOMADS ->
                        new KindKeys(null, Set.of(), Map.of());
                case WORKABLE -> board("the account name, e.g. \"huggingface\" for"
                        + " apply.workable.com/huggingface");
                case RECRUITEE -> board("the career site name, e.g. \"espeo\" for"
                        + " espeo.recruitee.com");
                case PERSONIO -> board("the career site name, e.g. \"clark\" for"
                        + " clark.jobs.personio.de");
                case LEVER -> board("the site name, e.g. \"leverdemo\" for"
                        + " jobs.lever.co/leverdemo");
                case ASHBY -> board("the job board name, e.g. \"notion\" for"
                        + " jobs.ashbyhq.com/notion");
                case SMARTRECRUITERS -> board("the company identifier, e.g. \"Visa\" for"
                        + " jobs.smartrecruiters.com/Visa");
            };
        }

        private static KindKeys board(String example) {
            return new KindKeys("\"board\" (" + example + ") or \"url\"", Set.of(), Map.of());
        }
    }
}
