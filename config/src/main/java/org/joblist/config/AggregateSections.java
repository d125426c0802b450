package org.joblist.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.joblist.config.AggregateConfig.CategoryRule;
import org.joblist.config.AggregateConfig.PostingOverride;
import org.jspecify.annotations.Nullable;

/** Reads the {@code normalize}, {@code lifecycle}, {@code dedupe} and {@code curation} sections. */
final class AggregateSections {
    private static final Set<String> NORMALIZE_KEYS = Set.of("skills", "categories");
    private static final Set<String> LIFECYCLE_KEYS = Set.of("closeAfterMissedRuns", "maxAge");
    private static final Set<String> DEDUPE_KEYS = Set.of("postedWithin");
    private static final Set<String> CURATION_KEYS =
            Set.of("blockedCompanies", "removedPostings", "overrides");
    private static final Set<String> CATEGORY_KEYS = Set.of("category", "keywords");
    private static final Set<String> WORKPLACE_TYPES = Set.of("remote", "hybrid", "onsite");
    private static final Pattern POSTING_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}:.+");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/?#\\s]+\\S*");
    private static final int MAX_MISSED_RUNS = 100;

    private AggregateSections() {
    }

    static AggregateConfig read(@Nullable ConfigNode normalize, @Nullable ConfigNode lifecycle,
            @Nullable ConfigNode dedupe, @Nullable ConfigNode curation) {
        AggregateConfig defaults = AggregateConfig.defaults();
        if (normalize != null) {
            normalize.requireOnlyKeys(NORMALIZE_KEYS);
        }
        if (lifecycle != null) {
            lifecycle.requireOnlyKeys(LIFECYCLE_KEYS);
        }
        if (dedupe != null) {
            dedupe.requireOnlyKeys(DEDUPE_KEYS);
        }
        if (curation != null) {
            curation.requireOnlyKeys(CURATION_KEYS);
        }
        return new AggregateConfig(
                lifecycle == null ? defaults.closeAfterMissedRuns()
                        : missedRuns(lifecycle.optional("closeAfterMissedRuns")),
                duration(lifecycle, "maxAge", defaults.maxAge()),
                duration(dedupe, "postedWithin", defaults.postedWithin()),
                normalize == null ? Map.of() : skills(normalize.optional("skills")),
                normalize == null ? List.of() : categories(normalize.optional("categories")),
                curation == null ? Set.of() : strings(curation.optional("blockedCompanies")),
                curation == null ? Set.of() : removed(curation.optional("removedPostings")),
                curation == null ? List.of() : overrides(curation.optional("overrides")));
    }

    private static int missedRuns(@Nullable ConfigNode node) {
        if (node == null) {
            return AggregateConfig.DEFAULT_CLOSE_AFTER_MISSED_RUNS;
        }
        String value = node.asString();
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 1
                || Integer.parseInt(value) > MAX_MISSED_RUNS) {
            throw node.error("\"" + value + "\" is not a number of runs from 1 to "
                    + MAX_MISSED_RUNS);
        }
        return Integer.parseInt(value);
    }

    private static Duration duration(@Nullable ConfigNode section, String key, Duration fallback) {
        ConfigNode node = section == null ? null : section.optional(key);
        return node == null ? fallback : ConfigValues.duration(node);
    }

    private static Map<String, List<String>> skills(@Nullable ConfigNode node) {
        if (node == null) {
            return Map.of();
        }
        Map<String, List<String>> skills = new LinkedHashMap<>();
        node.asMap().forEach((name, aliases) -> skills.put(name, aliases.asList().stream()
                .map(ConfigNode::asString)
                .toList()));
        return skills;
    }

    private static List<CategoryRule> categories(@Nullable ConfigNode node) {
        if (node == null) {
            return List.of();
        }
        List<CategoryRule> rules = new ArrayList<>();
        for (ConfigNode item : node.asList()) {
            item.requireOnlyKeys(CATEGORY_KEYS);
            String category = item.requiredString("category");
            ConfigNode keywords = item.required("keywords");
            List<String> words = keywords.asList().stream().map(ConfigNode::asString).toList();
            if (words.isEmpty()) {
                throw keywords.error("lists no keyword; a rule needs at least one");
            }
            rules.add(new CategoryRule(category, words));
        }
        return rules;
    }

    private static Set<String> strings(@Nullable ConfigNode node) {
        if (node == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        node.asList().forEach(item -> values.add(item.asString()));
        return values;
    }

    private static Set<String> removed(@Nullable ConfigNode node) {
        if (node == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (ConfigNode item : node.asList()) {
            values.add(postingReference(item));
        }
        return values;
    }

    private static String postingReference(ConfigNode node) {
        String value = node.asString();
        if (!HTTP_URL.matcher(value).matches() && !POSTING_ID.matcher(value).matches()) {
            throw node.error("\"" + value + "\" names no posting (write source:externalId, e.g."
                    + " \"gitlab:8503792002\", or the apply URL)");
        }
        return value;
    }

    private static List<PostingOverride> overrides(@Nullable ConfigNode node) {
        if (node == null) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>(PostingOverride.FIELDS);
        keys.add("posting");
        List<PostingOverride> overrides = new ArrayList<>();
        for (ConfigNode item : node.asList()) {
            item.requireOnlyKeys(keys);
            String posting = postingReference(item.required("posting"));
            Map<String, String> fields = new LinkedHashMap<>();
            item.asMap().forEach((key, value) -> {
                if (!key.equals("posting")) {
                    fields.put(key, value.asString());
                }
            });
            String workplace = fields.get("workplaceType");
            if (workplace != null && !WORKPLACE_TYPES.contains(workplace)) {
                throw item.required("workplaceType").error("\"" + workplace
                        + "\" is not a workplace type (one of: hybrid, onsite, remote)");
            }
            if (fields.isEmpty()) {
                throw item.error("overrides no field; set at least one of: category, company,"
                        + " location, title, workplaceType");
            }
            overrides.add(new PostingOverride(posting, fields));
        }
        return overrides;
    }
}
