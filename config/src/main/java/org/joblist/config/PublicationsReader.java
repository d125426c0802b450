package org.joblist.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Reads the {@code git} section and the {@code publications} list of a config file. */
final class PublicationsReader {
    private static final Set<String> PUBLICATION_KEYS = Set.of("id", "title", "file", "intro",
            "filter", "related", "git", "template", "maxRows", "salaryColumn", "statsCurrency",
            "exchangeRates", "recentlyClosed", "feeds");
    private static final Set<String> FEED_KEYS = Set.of("json", "atom", "csv");
    private static final Set<String> FILTER_KEYS = Set.of("keywords", "excludeKeywords",
            "workplaceTypes", "maxAge", "excludeCompanies", "categories", "countries",
            "employmentTypes");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> GIT_KEYS = Set.of("repository", "branch", "authorName",
            "authorEmail", "remote", "token", "pushAttempts");
    private static final int MAX_PUSH_ATTEMPTS = 10;

    private PublicationsReader() {
    }

    /** A git section whose missing keys are taken from {@code defaults}. */
    static GitConfig git(@Nullable ConfigNode node, GitConfig defaults) {
        if (node == null) {
            return defaults;
        }
        node.requireOnlyKeys(GIT_KEYS);
        String repository = node.optionalString("repository");
        ConfigNode remote = node.optional("remote");
        ConfigNode token = node.optional("token");
        ConfigNode attempts = node.optional("pushAttempts");
        ConfigNode branch = node.optional("branch");
        if (token != null && remote == null && defaults.remote() == null) {
            throw token.error("a token needs a remote to push to; set git.remote too");
        }
        return new GitConfig(
                repository == null ? defaults.repository() : Path.of(repository),
                branch == null ? defaults.branch() : ConfigValues.branchName(branch),
                node.string("authorName", defaults.authorName()),
                node.string("authorEmail", defaults.authorEmail()),
                remote == null ? defaults.remote() : ConfigValues.gitRemote(remote),
                token == null ? defaults.token() : token.asSecret("JOBLIST_GIT_TOKEN"),
                attempts == null ? defaults.pushAttempts() : attempts.asInt(1, MAX_PUSH_ATTEMPTS));
    }

    static List<PublicationConfig> publications(@Nullable ConfigNode node, GitConfig shared) {
        if (node == null) {
            return List.of();
        }
        List<ConfigNode> items = node.asList();
        Map<String, ConfigNode> itemsById = new LinkedHashMap<>();
        Map<String, PublicationConfig> byId = new LinkedHashMap<>();
        Set<String> targets = new HashSet<>();
        Map<Path, GitConfig> repositories = new HashMap<>();
        for (ConfigNode item : items) {
            PublicationConfig publication = publication(item, itemsById.keySet(), shared);
            GitConfig git = effectiveGit(publication, shared);
            ConfigNode fileNode = item.required("file");
            if (!targets.add(repositoryKey(git) + "/" + publication.file())) {
                throw fileNode.error("\"" + publication.file()
                        + "\" is the file of another publication already");
            }
            requireUniqueFeedFiles(item, publication, repositoryKey(git), targets);
            GitConfig earlier = repositories.putIfAbsent(repositoryKey(git), git);
            if (earlier != null && !earlier.equals(git)) {
                ConfigNode where = item.optional("git");
                throw (where == null ? item : where).error("repository "
                        + git.repository() + " is used by an earlier publication with other git"
                        + " settings; give every publication in one repository the same ones");
            }
            itemsById.put(publication.id(), item);
            byId.put(publication.id(), publication);
        }

        List<PublicationConfig> publications = new ArrayList<>();
        for (PublicationConfig publication : byId.values()) {
            publications.add(withRelated(publication, itemsById.get(publication.id()), byId,
                    shared));
        }
        return publications;
    }

    private static void requireUniqueFeedFiles(ConfigNode item, PublicationConfig publication,
            Path repository, Set<String> targets) {
        ConfigNode feeds = item.optional("feeds");
        if (feeds == null) {
            return;
        }
        for (String key : List.of("json", "atom", "csv")) {
            ConfigNode path = feeds.optional(key);
            if (path != null && !targets.add(repository + "/" + path.asString())) {
                throw path.error("\"" + path.asString() + "\" is the file of another"
                        + " publication or feed already");
            }
        }
    }

    private static PublicationConfig publication(
            ConfigNode item, Set<String> earlierIds, GitConfig shared) {
        item.requireOnlyKeys(PUBLICATION_KEYS);
        ConfigNode idNode = item.required("id");
        String id = ConfigValues.id(idNode);
        if (earlierIds.contains(id)) {
            throw idNode.error("\"" + id + "\" is used by an earlier entry; ids must be unique");
        }
        ConfigNode gitNode = item.optional("git");
        ConfigNode template = item.optional("template");
        ConfigNode maxRows = item.optional("maxRows");
        ConfigNode salary = item.optional("salaryColumn");
        ConfigNode recentlyClosed = item.optional("recentlyClosed");
        return new PublicationConfig(
                id,
                withoutMarker(item.required("title")),
                ConfigValues.repositoryPath(item.required("file")),
                item.optional("intro") == null ? null : withoutMarker(item.required("intro")),
                filter(item.optional("filter")),
                List.of(),
                gitNode == null ? null : git(gitNode, shared),
                template == null ? null : templateFile(template),
                maxRows == null
                        ? PublicationConfig.DEFAULT_MAX_ROWS
                        : maxRows.asInt(1, 100_000),
                salary != null && salary.asBoolean(),
                salaryStats(item.optional("statsCurrency"), item.optional("exchangeRates")),
                recentlyClosed == null
                        ? PublicationConfig.DEFAULT_RECENTLY_CLOSED
                        : durationOrZero(recentlyClosed),
                feeds(item.optional("feeds")));
    }

    /** Text for inside the generated block, which must not end or open it. */
    private static String withoutMarker(ConfigNode node) {
        String value = node.asString();
        if (value.contains("<!-- joblist:")) {
            throw node.error("must not hold a joblist marker comment (<!-- joblist:... -->);"
                    + " the generated block of the published file is delimited by them");
        }
        return value;
    }

    private static FeedFiles feeds(@Nullable ConfigNode node) {
        if (node == null) {
            return FeedFiles.NONE;
        }
        node.requireOnlyKeys(FEED_KEYS);
        return new FeedFiles(feedPath(node.optional("json")), feedPath(node.optional("atom")),
                feedPath(node.optional("csv")));
    }

    private static @Nullable String feedPath(@Nullable ConfigNode node) {
        return node == null ? null : ConfigValues.repositoryPath(node);
    }

    private static PublicationFilter filter(@Nullable ConfigNode node) {
        if (node == null) {
            return PublicationFilter.NONE;
        }
        node.requireOnlyKeys(FILTER_KEYS);
        ConfigNode maxAge = node.optional("maxAge");
        return new PublicationFilter(
                strings(node.optional("keywords")),
                strings(node.optional("excludeKeywords")),
                names(node.optional("workplaceTypes"), PublicationFilter.WORKPLACE_TYPES,
                        "a workplace type"),
                maxAge == null ? null : ConfigValues.duration(maxAge),
                strings(node.optional("excludeCompanies")),
                categories(node.optional("categories")),
                countries(node.optional("countries")),
                names(node.optional("employmentTypes"), PublicationFilter.EMPLOYMENT_TYPES,
                        "an employment type"));
    }

    private static List<String> strings(@Nullable ConfigNode node) {
        return node == null ? List.of() : node.asStringList();
    }

    /** Names from a fixed list, in lower case. */
    private static Set<String> names(@Nullable ConfigNode node, List<String> known, String what) {
        if (node == null) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (ConfigNode item : node.asList()) {
            String name = item.asString().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                throw item.error("\"" + item.asString() + "\" is not " + what + " (one of: "
                        + String.join(", ", known) + ")");
            }
            names.add(name);
        }
        return names;
    }

    private static Set<String> categories(@Nullable ConfigNode node) {
        Set<String> categories = new LinkedHashSet<>();
        for (String category : strings(node)) {
            categories.add(category.toLowerCase(Locale.ROOT));
        }
        return categories;
    }

    private static Set<String> countries(@Nullable ConfigNode node) {
        if (node == null) {
            return Set.of();
        }
        Set<String> countries = new LinkedHashSet<>();
        for (ConfigNode item : node.asList()) {
            String country = item.asString().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw item.error("\"" + item.asString() + "\" is not an ISO 3166-1 alpha-2"
                        + " country code (e.g. US, DE, GB)");
            }
            countries.add(country);
        }
        return countries;
    }

    private static SalaryStats salaryStats(
            @Nullable ConfigNode currencyNode, @Nullable ConfigNode ratesNode) {
        if (currencyNode == null) {
            if (ratesNode != null) {
                throw ratesNode.error("needs statsCurrency, the currency the rates convert to");
            }
            return SalaryStats.DEFAULT;
        }
        Currency currency = currency(currencyNode);
        Map<Currency, BigDecimal> rates = new LinkedHashMap<>();
        if (ratesNode != null) {
            for (Map.Entry<String, ConfigNode> entry : ratesNode.asMap().entrySet()) {
                Currency from = currency(entry.getKey(), entry.getValue());
                if (from.equals(currency)) {
                    throw entry.getValue().error("is the statsCurrency itself; give rates for"
                            + " other currencies only");
                }
                rates.put(from, rate(entry.getValue(), currency));
            }
        }
        return new SalaryStats(currency, rates);
    }

    private static Currency currency(ConfigNode node) {
        return currency(node.asString(), node);
    }

    private static Currency currency(String code, ConfigNode where) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z]{3}")) {
            try {
                return Currency.getInstance(upper);
            } catch (IllegalArgumentException e) {
                // not a currency; reported below
            }
        }
        throw where.error("\"" + code + "\" is not an ISO 4217 currency code (e.g. USD, EUR,"
                + " GBP)");
    }

    /** How many units of {@code into} one unit of another currency counts as: positive. */
    private static BigDecimal rate(ConfigNode node, Currency into) {
        String text = node.asString();
        try {
            BigDecimal rate = new BigDecimal(text);
            if (rate.signum() > 0) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw node.error("\"" + text + "\" is not a positive number (" + into.getCurrencyCode()
                + " per unit, e.g. 1.08)");
    }

    /** A duration, or 0 for none. */
    private static Duration durationOrZero(ConfigNode node) {
        if (node.asString().matches("0+\\s*(ms|s|m|h|d)?")) {
            return Duration.ZERO;
        }
        return ConfigValues.duration(node);
    }

    private static Path templateFile(ConfigNode node) {
        Path file = Path.of(node.asString());
        if (!Files.isRegularFile(file)) {
            throw node.error("\"" + node.asString() + "\" is not a readable file (a Mustache"
                    + " template, relative to the working directory)");
        }
        return file;
    }

    private static PublicationConfig withRelated(PublicationConfig publication, ConfigNode item,
            Map<String, PublicationConfig> byId, GitConfig shared) {
        ConfigNode node = item.optional("related");
        if (node == null) {
            return publication;
        }
        List<RelatedList> related = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigNode entry : node.asList()) {
            String id = entry.asString();
            PublicationConfig sibling = byId.get(id);
            if (sibling == null || sibling == publication) {
                List<String> others = others(byId.keySet(), publication.id());
                throw entry.error("\"" + id + "\" is not the id of another publication ("
                        + (others.isEmpty()
                                ? "there is no other; leave related out"
                                : "one of: " + String.join(", ", others)) + ")");
            }
            if (!repositoryKey(effectiveGit(sibling, shared))
                    .equals(repositoryKey(effectiveGit(publication, shared)))) {
                throw entry.error("\"" + id + "\" is published to another repository; related"
                        + " lists must share a repository");
            }
            if (!seen.add(id)) {
                throw entry.error("\"" + id + "\" is listed twice");
            }
            related.add(new RelatedList(id, sibling.title(),
                    relativeTarget(publication.file(), sibling.file())));
        }
        return publication.withRelated(related);
    }

    private static List<String> others(Set<String> ids, String id) {
        return ids.stream().filter(other -> !other.equals(id)).toList();
    }

    /** The path of {@code target} from the directory of {@code from}; both repository paths. */
    static String relativeTarget(String from, String target) {
        Path fromDir = Path.of(from).getParent();
        Path relative = fromDir == null ? Path.of(target) : fromDir.relativize(Path.of(target));
        StringJoiner joined = new StringJoiner("/");
        relative.forEach(name -> joined.add(name.toString()));
        return joined.toString();
    }

    private static GitConfig effectiveGit(PublicationConfig publication, GitConfig shared) {
        return publication.git() == null ? shared : publication.git();
    }

    private static Path repositoryKey(GitConfig git) {
        return git.repository().toAbsolutePath().normalize();
    }
}
