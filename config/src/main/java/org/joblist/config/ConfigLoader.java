package org.joblist.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates a joblist config file (YAML). Every problem is a {@link ConfigException}
 * whose one-line message names the file, the key path, the bad value and what would be accepted.
 * Relative paths in the file are taken relative to the working directory.
 *
 * <pre>{@code
 * JoblistConfig config = ConfigLoader.load(Path.of("joblist.yml"), System.getenv());
 * }</pre>
 */
public final class ConfigLoader {
    private static final Pattern YAML_MARK =
            Pattern.compile("\\s*in '.*', line (\\d+), column (\\d+):");
    private static final Set<String> TOP_KEYS =
            Set.of("sources", "publications", "store", "http", "git", "record", "replay",
                    "normalize", "lifecycle", "dedupe", "curation", "scheduler", "server");
    private static final Set<String> STORE_KEYS = Set.of("url", "user", "password");
    private static final Set<String> HTTP_KEYS = Set.of("userAgent", "connectTimeout",
            "readTimeout", "maxResponseBytes", "retries", "retryBackoff", "maxRetryTime",
            "hostInterval");

    private ConfigLoader() {
    }

    /**
     * Loads the config file.
     *
     * @param env the environment {@code ${VAR}} references are resolved against
     * @throws ConfigException when the file is missing, unreadable, not YAML or not valid config
     */
    public static JoblistConfig load(Path file, Map<String, String> env) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(env, "env");
        String name = file.toString();
        return read(new ConfigNode(name, "", parse(file), env));
    }

    private static JsonNode parse(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file + ": is a directory; name a YAML config file");
        }
        YAMLFactory factory = YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try {
            rejectAliases(factory, file);
            JsonNode root = new ObjectMapper(factory).readTree(file.toFile());
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ConfigException(file + ": the file is empty; it needs at least a"
                        + " \"sources\" list");
            }
            return root;
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new ConfigException(file + ": no such config file (create it, or name another"
                    + " with --config FILE)");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML" + yamlProblem(e));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses YAML anchors and aliases ({@code &name}, {@code *name}): the tree reader would take
     * an alias for the plain text "name", so a value would silently be wrong.
     */
    private static void rejectAliases(YAMLFactory factory, Path file) throws IOException {
        try (YAMLParser parser = factory.createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias()) {
                    throw new ConfigException(file + ": line "
                            + parser.currentTokenLocation().getLineNr()
                            + ": YAML anchors and aliases (&name, *name) are not supported;"
                            + " write the value out");
                }
            }
        }
    }

    private static JoblistConfig read(ConfigNode root) {
        root.requireOnlyKeys(TOP_KEYS);
        @Nullable ConfigNode record = root.optional("record");
        @Nullable ConfigNode replay = root.optional("replay");
        if (record != null && replay != null) {
            throw replay.error("record and replay cannot both be set; a run either records a"
                    + " cassette or replays one");
        }
        List<SourceConfig> sources = sources(root.required("sources"));
        GitConfig git = PublicationsReader.git(root.optional("git"), new GitConfig(
                GitConfig.DEFAULT_REPOSITORY, GitConfig.DEFAULT_BRANCH,
                GitConfig.DEFAULT_AUTHOR_NAME, GitConfig.DEFAULT_AUTHOR_EMAIL));
        StoreConfig store = store(root.optional("store"));
        return new JoblistConfig(
                sources,
                PublicationsReader.publications(root.optional("publications"), git),
                store,
                http(root.optional("http")),
                git,
                record == null ? null : Path.of(record.asString()),
                replay == null ? null : Path.of(replay.asString()),
                AggregateSections.read(root.optional("normalize"), root.optional("lifecycle"),
                        root.optional("dedupe"), root.optional("curation")),
                DaemonSections.scheduler(root.optional("scheduler"), store),
                DaemonSections.server(root.optional("server")));
    }

    private static List<SourceConfig> sources(ConfigNode node) {
        List<ConfigNode> items = node.asList();
        if (items.isEmpty()) {
            throw node.error("lists no source; add at least one (e.g. kind: remoteok)");
        }
        List<SourceConfig> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode item : items) {
            item.requireMapping();
            String id = uniqueId(item, ids);
            ConfigNode kindNode = item.required("kind");
            String kindName = kindNode.asString();
            SourceKind kind = SourceKind.fromConfigName(kindName).orElseThrow(() -> kindNode.error(
                    "\"" + kindName + "\" is not a source kind (one of: "
                            + SourceKind.configNames() + ")"));
            sources.add(SourceKeys.read(item, id, kind));
        }
        return sources;
    }

    private static StoreConfig store(@Nullable ConfigNode node) {
        if (node == null) {
            return new StoreConfig(StoreConfig.DEFAULT_URL, null, null);
        }
        node.requireOnlyKeys(STORE_KEYS);
        ConfigNode url = node.optional("url");
        ConfigNode password = node.optional("password");
        return new StoreConfig(
                url == null ? StoreConfig.DEFAULT_URL : ConfigValues.jdbcUrl(url),
                node.optionalString("user"),
                password == null ? null : password.asSecret());
    }

    private static HttpConfig http(@Nullable ConfigNode node) {
        if (node == null) {
            return HttpConfig.defaults();
        }
        node.requireOnlyKeys(HTTP_KEYS);
        ConfigNode agent = node.optional("userAgent");
        ConfigNode connect = node.optional("connectTimeout");
        ConfigNode read = node.optional("readTimeout");
        ConfigNode max = node.optional("maxResponseBytes");
        ConfigNode retries = node.optional("retries");
        return new HttpConfig(
                agent == null ? HttpConfig.DEFAULT_USER_AGENT : ConfigValues.headerValue(agent),
                connect == null ? HttpConfig.DEFAULT_CONNECT_TIMEOUT : ConfigValues.duration(connect),
                read == null ? HttpConfig.DEFAULT_READ_TIMEOUT : ConfigValues.duration(read),
                max == null ? HttpConfig.DEFAULT_MAX_RESPONSE_BYTES : ConfigValues.byteSize(max),
                retries == null ? HttpConfig.DEFAULT_RETRIES : ConfigValues.count(retries),
                durationOrZero(node, "retryBackoff", HttpConfig.DEFAULT_RETRY_BACKOFF),
                durationOrZero(node, "maxRetryTime", HttpConfig.DEFAULT_MAX_RETRY_TIME),
                durationOrZero(node, "hostInterval", HttpConfig.DEFAULT_HOST_INTERVAL));
    }

    /** A duration that may be "0" to switch its limit off; the fallback when absent. */
    private static Duration durationOrZero(ConfigNode parent, String key, Duration fallback) {
        ConfigNode node = parent.optional(key);
        if (node == null) {
            return fallback;
        }
        return node.asString().equals("0") ? Duration.ZERO : ConfigValues.duration(node);
    }

    private static String uniqueId(ConfigNode item, Set<String> seen) {
        ConfigNode idNode = item.required("id");
        String id = ConfigValues.id(idNode);
        if (!seen.add(id)) {
            throw idNode.error("\"" + id + "\" is used by an earlier entry; ids must be unique");
        }
        return id;
    }

    /**
     * The problem SnakeYAML reports and where, in one line. Its message is several lines: context,
     * a "line L, column C" mark, a snippet with a caret, then the problem and its own mark.
     */
    private static String yamlProblem(JsonProcessingException e) {
        String problem = "";
        String where = "";
        String message = Objects.requireNonNullElse(e.getOriginalMessage(), "");
        for (String line : message.split("\n")) {
            Matcher mark = YAML_MARK.matcher(line);
            if (mark.matches()) {
                where = " at line " + mark.group(1) + ", column " + mark.group(2);
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                problem = line.strip();
                where = "";
            }
        }
        return where + (problem.isEmpty() ? "" : ": " + problem);
    }
}
