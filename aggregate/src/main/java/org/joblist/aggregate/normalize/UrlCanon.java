package org.joblist.aggregate.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Apply URLs in canonical form: tracking parameters ({@code utm_*}, {@code ref}, {@code gh_src},
 * {@code source}, ...) dropped, scheme and host in lower case, default port, fragment and a
 * trailing slash dropped. A URL with no path (a board's front page) names no single job and has
 * no canonical form. {@link #jobKey} maps the URL variants of one ATS job to one key;
 * {@link #site} gives a company's site the same form, front page included.
 */
public final class UrlCanon {
    private static final Set<String> TRACKING = Set.of("ref", "referrer", "gh_src", "source",
            "src", "lever-source", "lever-origin", "trk", "trackingid", "fbclid", "gclid",
            "mc_cid", "mc_eid", "campaign", "medium", "sourcetype", "s", "t", "from", "rx_source");
    private static final Pattern GREENHOUSE = Pattern.compile(
            "(?:job-)?boards(?:\\.eu)?\\.greenhouse\\.io/(?:embed/job_app\\?for=)?([^/?&]+)"
                    + "(?:/jobs/|&token=)(\\d+)");
    private static final Pattern LEVER =
            Pattern.compile("jobs(?:\\.eu)?\\.lever\\.co/([^/?]+)/([0-9a-f-]{36})");
    private static final Pattern ASHBY =
            Pattern.compile("jobs\\.ashbyhq\\.com/([^/?]+)/([0-9a-f-]{36})");
    private static final Pattern WORKABLE =
            Pattern.compile("apply\\.workable\\.com/([^/?]+)/j/([0-9A-F]+)");

    private static final List<AtsUrl> ATS_URLS = List.of(new AtsUrl("greenhouse", GREENHOUSE),
            new AtsUrl("lever", LEVER), new AtsUrl("ashby", ASHBY),
            new AtsUrl("workable", WORKABLE));

    /** An ATS whose job URLs come in several forms; group 1 is the board, group 2 the job. */
    private record AtsUrl(String name, Pattern pattern) {}

    private UrlCanon() {
    }

    /** The canonical URL; empty when the URL cannot be read or names no single job. */
    public static Optional<String> canonical(String url) {
        return canonical(url, false);
    }

    /**
     * A company's site in canonical form, {@code https://qase.io} for {@code https://Qase.io/};
     * empty unless it is an absolute http(s) URL.
     */
    public static Optional<String> site(String url) {
        return canonical(url, true)
                .filter(site -> site.startsWith("https://") || site.startsWith("http://"));
    }

    private static Optional<String> canonical(String url, boolean frontPageToo) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.isEmpty() && !frontPageToo) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 443 && scheme.equalsIgnoreCase("https"))
                    || (port == 80 && scheme.equalsIgnoreCase("http"));
            String query = query(uri.getRawQuery());
            return Optional.of(scheme.toLowerCase(Locale.ROOT) + "://"
                    + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * One key for every URL form of one ATS job ({@code greenhouse:gitlab:8503792002} for
     * boards., job-boards. and embed URLs alike); else the canonical URL itself.
     */
    public static Optional<String> jobKey(String url) {
        Optional<String> canonical = canonical(url);
        if (canonical.isEmpty()) {
            return canonical;
        }
        String text = canonical.get();
        for (AtsUrl ats : ATS_URLS) {
            Matcher m = ats.pattern().matcher(text);
            if (m.find()) {
                return Optional.of(ats.name() + ":" + m.group(1).toLowerCase(Locale.ROOT) + ":"
                        + m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return canonical;
    }

    private static String query(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
