package org.joblist.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            "filter", "related", "git", "template", "maxRows", "salaryColumn", "feeds");
    private static final Set<String> FEED_KEYS = Set.of("json", "atom", "csv");
    private static final Set<String> FILTER_KEYS = Set.of(
            "keywords", "excludeKeywords", "workplaceTypes", "maxAge", "excludeCompanies");
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
                token == null ? defaults.token() : token.asSecret(),
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
                workplaceTypes(node.optional("workplaceTypes")),
                maxAge == null ? null : ConfigValues.duration(maxAge),
                strings(node.optional("excludeCompanies")));
    }

    private static List<String> strings(@Nullable ConfigNode node) {
        return node == null ? List.of() : node.asStringList();
    }

    private static Set<String> workplaceTypes(@Nullable ConfigNode node) {
        if (node == null) {
            return Set.of();
        }
        Set<String> types = new LinkedHashSet<>();
        List<ConfigNode> items = node.asList();
        for (ConfigNode item : items) {
            String type = item.asString().toLowerCase(Locale.ROOT);
            if (!PublicationFilter.WORKPLACE_TYPES.contains(type)) {
                throw item.error("\"" + item.asString() + "\" is not a workplace type (one of: "
                        + String.join(", ", PublicationFilter.WORKPLACE_TYPES) + ")");
            }
            types.add(type);
        }
        return types;
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
                throw entry.error("\"" + id + "\" is not the id of another publication (one of: "
                        + String.join(", ", others(byId.keySet(), publication.id())) + ")");
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
        return new PublicationConfig(publication.id(), publication.title(), publication.file(),
                publication.intro(), publication.filter(), related, publication.git(),
                publication.template(), publication.maxRows(), publication.salaryColumn(),
                publication.feeds());
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
