package org.joblist.ingest.internal;

import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Tells a company's own site from the other URLs a source names beside it. A site is an
 * absolute http(s) URL that is neither a profile on a network (LinkedIn, X, GitHub, Wikipedia,
 * ...) nor a page of the site the posting was read from, unless it is that site's front page:
 * a board's page about the company is the board's, not the company's.
 */
public final class CompanySites {
    private static final Set<String> PROFILE_HOSTS = Set.of("linkedin.com", "twitter.com",
            "x.com", "facebook.com", "instagram.com", "youtube.com", "github.com",
            "wikipedia.org", "wikidata.org", "crunchbase.com", "glassdoor.com", "xing.com");

    private CompanySites() {
    }

    /**
     * The URL as written, trimmed, when it is the company's own site; null otherwise.
     *
     * @param page the page or feed the source posting was read from
     */
    public static @Nullable String site(@Nullable String url, HttpUrl page) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        HttpUrl parsed = HttpUrl.parse(trimmed);
        if (parsed == null || !trimmed.regionMatches(true, 0, parsed.scheme() + "://", 0,
                parsed.scheme().length() + 3) || isProfile(parsed.host())) {
            return null;
        }
        boolean frontPage = parsed.encodedPath().equals("/") && parsed.query() == null;
        if (parsed.host().equals(page.host()) && !frontPage) {
            return null;
        }
        return trimmed;
    }

    private static boolean isProfile(String host) {
        for (String profile : PROFILE_HOSTS) {
            if (host.equals(profile) || host.endsWith("." + profile)) {
                return true;
            }
        }
        return false;
    }
}
