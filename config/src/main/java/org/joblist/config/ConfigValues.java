package org.joblist.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quartz.CronExpression;

/** Parsers for the typed scalars of a config file; each error names the key and the value. */
final class ConfigValues {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");
    /** Starts with a letter, digit or '_'; no space, control or ~^:?*[\\ characters after. */
    private static final Pattern BRANCH =
            Pattern.compile("[A-Za-z0-9_][^\\s~^:?*\\[\\\\\\x00-\\x1f\\x7f]*");
    private static final Pattern GIT_URL =
            Pattern.compile("(?i)(?:https?|ssh|git|file)://(?:([^/@]*)@)?.+");
    private static final Pattern SCP_LIKE = Pattern.compile("[\\w.-]+@[\\w.-]+:.+");
    /** A password parameter of an H2 (;PASSWORD=) or PostgreSQL (?password=) URL. */
    private static final Pattern JDBC_PASSWORD = Pattern.compile("(?i)[;?&]password=");
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
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.isZero()) {
            throw node.error("\"" + value + "\" must be longer than zero");
        }
        return duration;
    }

    /**
     * A Quartz cron expression: second, minute, hour, day of month, month, day of week and an
     * optional year, with {@code ?} in one of the two day fields.
     */
    static String cron(ConfigNode node) {
        String value = node.asString();
        try {
            CronExpression.validateExpression(value);
        } catch (ParseException e) {
            String reason = String.valueOf(e.getMessage()).replaceFirst("\\.$", "");
            throw node.error("\"" + value + "\" is not a Quartz cron expression (" + reason
                    + "); write second minute hour day-of-month month day-of-week, e.g."
                    + " \"0 0 * * * ?\" for every hour");
        }
        return value;
    }

    /** A whole number from 0 to 100, e.g. a number of retries. */
    static int count(ConfigNode node) {
        String value = node.asString();
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 100) {
            throw node.error("\"" + value + "\" is not a whole number from 0 to 100");
        }
        return Integer.parseInt(value);
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

    /**
     * A path inside a repository's work tree: relative, '/'-separated, never leaving the work tree
     * and never inside a {@code .git} directory (in any case, at any depth).
     */
    static String repositoryPath(ConfigNode node) {
        String value = node.asString();
        boolean outside = value.startsWith("/") || value.contains("\\") || value.endsWith("/");
        for (String part : value.split("/", -1)) {
            outside |= part.isEmpty() || part.equals(".") || part.equals("..")
                    || part.equalsIgnoreCase(".git");
        }
        if (outside) {
            throw node.error("\"" + value + "\" is not a file path inside the repository"
                    + " (relative, '/'-separated, without '.', '..' or '.git' parts, e.g."
                    + " \"README.md\" or \"jobs/backend.md\")");
        }
        return value;
    }

    /** A branch name git accepts: the rules of git check-ref-format for one branch. */
    static String branchName(ConfigNode node) {
        String value = node.asString();
        if (!BRANCH.matcher(value).matches() || value.contains("..") || value.contains("@{")
                || value.contains("//") || value.endsWith(".lock") || value.endsWith(".")
                || value.contains("/.") || value.equals("HEAD") || value.startsWith("refs/")) {
            throw node.error("\"" + value + "\" is not a branch name git accepts (e.g. \"main\""
                    + " or \"jobs/daily\"; no spaces, '..', '~^:?*[\\', leading '-' or"
                    + " 'refs/')");
        }
        return value;
    }

    /**
     * A git remote: an https, http, ssh, git or file URL, or scp-like {@code user@host:path}. A
     * URL that carries a password is refused, since the token has its own key.
     */
    static String gitRemote(ConfigNode node) {
        String value = node.asString();
        Matcher url = GIT_URL.matcher(value);
        if (url.matches()) {
            if (url.group(1) != null && url.group(1).contains(":")) {
                throw node.error("the URL holds a password or token; give it as git.token with"
                        + " an environment variable reference such as ${JOBLIST_GIT_TOKEN}");
            }
            return value;
        }
        if (SCP_LIKE.matcher(value).matches()) {
            return value;
        }
        throw node.error("\"" + value + "\" is not a git remote URL (https://, ssh://, file://"
                + " or user@host:path)");
    }

    /**
     * A JDBC URL of a database the store runs on: H2 or PostgreSQL. A password in the URL is
     * refused, as in a git remote, before the URL could be quoted in a message: it belongs in
     * store.password, read from the environment.
     */
    static String jdbcUrl(ConfigNode node) {
        String value = node.asString();
        if (JDBC_PASSWORD.matcher(value).find()) {
            throw node.error("the URL holds a password; give it as store.password with an"
                    + " environment variable reference such as ${JOBLIST_DB_PASSWORD}");
        }
        if (!value.startsWith("jdbc:h2:") && !value.startsWith("jdbc:postgresql:")) {
            throw node.error("\"" + value + "\" is not a supported JDBC URL (jdbc:h2:... or"
                    + " jdbc:postgresql://host:port/database)");
        }
        return value;
    }

    /** Text sent as an HTTP header value: printable ASCII only. */
    static String headerValue(ConfigNode node) {
        String value = node.asString();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw node.error("\"" + value + "\" may hold only printable ASCII characters,"
                        + " as it is sent as an HTTP header (found U+"
                        + String.format("%04X", (int) c) + " at " + i + ")");
            }
        }
        return value;
    }
}
