package org.joblist.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the typed scalars of a config file; each error names the key and the value. */
final class ConfigValues {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(|B|KB|MB|GB)");

    private ConfigValues() {
    }

    static String id(ConfigNode node) {
        String value = node.asString();
        if (!ID.matcher(value).matches()) {
            throw node.error("\"" + value + "\" is not an id (lower-case letters, digits, '-' and"
                    + " '_', starting with a letter or digit, at most 64 characters)");
        }
        return value;
    }

    static Duration duration(ConfigNode node) {
        String value = node.asString();
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            throw node.error("\"" + value + "\" is not a duration (e.g. \"500ms\", \"30s\", \"2m\")");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofHours(amount);
        };
        if (duration.isZero()) {
            throw node.error("\"" + value + "\" must be longer than zero");
        }
        return duration;
    }

    /** A byte count written as digits, optionally followed by B, KB, MB or GB (powers of 1024). */
    static long byteSize(ConfigNode node) {
        String value = node.asString();
        Matcher matcher = SIZE.matcher(value.toUpperCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw node.error("\"" + value + "\" is not a size in bytes above zero"
                    + " (e.g. \"32MB\", \"512KB\", \"1000000\")");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "KB" -> amount * 1024;
            case "MB" -> amount * 1024 * 1024;
            case "GB" -> amount * 1024 * 1024 * 1024;
            default -> amount;
        };
    }

    static URI httpUrl(ConfigNode node) {
        String value = node.asString();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below with the same message as any other non-URL.
        }
        throw node.error("\"" + value + "\" is not an absolute http or https URL");
    }

    /** A path inside a repository: relative, '/'-separated, never leaving the repository. */
    static String repositoryPath(ConfigNode node) {
        String value = node.asString();
        boolean escapes = value.startsWith("/") || value.contains("\\")
                || value.equals("..") || value.startsWith("../") || value.contains("/../")
                || value.endsWith("/..") || value.endsWith("/");
        if (escapes) {
            throw node.error("\"" + value + "\" is not a file path inside the repository"
                    + " (relative, '/'-separated, without '..', e.g. \"README.md\" or \"jobs/backend.md\")");
        }
        return value;
    }

    static String jdbcUrl(ConfigNode node) {
        String value = node.asString();
        if (!value.startsWith("jdbc:h2:") && !value.startsWith("jdbc:postgresql:")) {
            throw node.error("\"" + value + "\" is not a supported JDBC URL"
                    + " (jdbc:h2:... or jdbc:postgresql:...)");
        }
        return value;
    }
}
