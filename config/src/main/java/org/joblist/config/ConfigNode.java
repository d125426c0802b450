package org.joblist.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One node of a parsed config file that knows its key path, so every error it raises names the
 * file, the key and the bad value. Strings have {@code ${ENV_VAR}} references replaced.
 */
final class ConfigNode {
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final String file;
    private final String path;
    private final JsonNode node;
    private final Map<String, String> env;

    ConfigNode(String file, String path, JsonNode node, Map<String, String> env) {
        this.file = Objects.requireNonNull(file, "file");
        this.path = Objects.requireNonNull(path, "path");
        this.node = Objects.requireNonNull(node, "node");
        this.env = Objects.requireNonNull(env, "env");
    }

    String path() {
        return path;
    }

    ConfigException error(String message) {
        return new ConfigException(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /** Fails on keys of this mapping that are not in {@code known}. */
    void requireOnlyKeys(Set<String> known) {
        requireMapping();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw child(name).error("unknown key (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    @Nullable ConfigNode optional(String key) {
        requireMapping();
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : child(key, value);
    }

    ConfigNode required(String key) {
        ConfigNode value = optional(key);
        if (value == null) {
            throw child(key).error("missing; this key is required");
        }
        return value;
    }

    @Nullable String optionalString(String key) {
        ConfigNode value = optional(key);
        return value == null ? null : value.asString();
    }

    String string(String key, String fallback) {
        String value = optionalString(key);
        return value == null ? fallback : value;
    }

    String requiredString(String key) {
        return required(key).asString();
    }

    /** The scalar as text, with {@code ${ENV_VAR}} references replaced; never empty. */
    String asString() {
        if (!node.isValueNode()) {
            throw error("expected a single value, found " + describe(node));
        }
        String text = substituteEnv(node.asText()).strip();
        if (text.isEmpty()) {
            throw error("must not be empty");
        }
        return text;
    }

    /**
     * A secret such as a password or token: the file may only name the environment variable that
     * holds it, so the secret itself never sits in a file that may be committed.
     */
    String asSecret() {
        return asSecret("JOBLIST_DB_PASSWORD");
    }

    /** Like {@link #asSecret()}, with the variable the error message gives as its example. */
    String asSecret(String exampleVariable) {
        String raw = node.isValueNode() ? node.asText().strip() : "";
        if (!ENV_REFERENCE.matcher(raw).matches()) {
            throw error("write a secret as an environment variable reference such as ${"
                    + exampleVariable + "}; the value itself must not be kept in the file");
        }
        return asString();
    }

    /** A list of non-empty strings; a single value is read as a list of one. */
    List<String> asStringList() {
        if (node.isValueNode()) {
            return List.of(asString());
        }
        List<String> values = new ArrayList<>();
        for (ConfigNode item : asList()) {
            values.add(item.asString());
        }
        return values;
    }

    boolean asBoolean() {
        if (!node.isBoolean()) {
            throw error("expected true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    /** A whole number from min to max, both inclusive. */
    int asInt(int min, int max) {
        if (!node.canConvertToInt() || !node.isIntegralNumber()
                || node.intValue() < min || node.intValue() > max) {
            throw error(describe(node) + " is not a whole number from " + min + " to " + max);
        }
        return node.intValue();
    }

    List<ConfigNode> asList() {
        if (!node.isArray()) {
            throw error("expected a list, found " + describe(node));
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new ConfigNode(file, path + "[" + i + "]", node.get(i), env));
        }
        return items;
    }

    /** The mapping's entries in file order, each value a node of its own. */
    Map<String, ConfigNode> asMap() {
        requireMapping();
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            entries.put(name, child(name, node.get(name)));
        }
        return entries;
    }

    private String substituteEnv(String text) {
        Matcher matcher = ENV_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = env.get(name);
            if (value == null) {
                throw error("environment variable " + name + " is not set");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    void requireMapping() {
        if (!node.isObject()) {
            throw error("expected a mapping of keys to values, found " + describe(node));
        }
    }

    private ConfigNode child(String key) {
        return child(key, node);
    }

    private ConfigNode child(String key, JsonNode value) {
        return new ConfigNode(file, path.isEmpty() ? key : path + "." + key, value, env);
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return "\"" + node.asText() + "\"";
    }
}
