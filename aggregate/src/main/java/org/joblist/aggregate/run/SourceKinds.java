package org.joblist.aggregate.run;

import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * What aggregation must know of a kind of source: whether a complete read lists every open job,
 * whether the board lists remote work only, and the currency of the figures it writes without
 * one. A switch over every kind, so a kind added later does not compile until someone decides.
 */
final class SourceKinds {
    private SourceKinds() {
    }

    /**
     * Whether the board shows only its recent items or the hits of a search, so a posting missing
     * from a complete read has not closed; such postings close by age instead.
     */
    static boolean listsRecentOnly(SourceKind kind) {
        return switch (kind) {
            case REMOTEOK, REMOTIVE, JOBICY, WORKINGNOMADS, RSS, HACKERNEWS, ADZUNA, USAJOBS ->
                    true;
            case GREENHOUSE, LEVER, ASHBY, SMARTRECRUITERS, WORKABLE, RECRUITEE, PERSONIO,
                    HIMALAYAS, ARBEITNOW, THEMUSE, JSONLD, HTML -> false;
        };
    }

    /** Whether the board lists remote work only, so its locations say who may apply. */
    static boolean isRemoteOnly(SourceKind kind) {
        return switch (kind) {
            case REMOTEOK, REMOTIVE, JOBICY, HIMALAYAS, WORKINGNOMADS -> true;
            case GREENHOUSE, LEVER, ASHBY, SMARTRECRUITERS, WORKABLE, RECRUITEE, PERSONIO,
                    ARBEITNOW, THEMUSE, ADZUNA, USAJOBS, RSS, HACKERNEWS, JSONLD, HTML -> false;
        };
    }

    /**
     * The currency of pay the source writes without naming one: an Adzuna source's country's
     * (its {@code country} setting, else the country in its url's path,
     * {@code .../jobs/gb/search/1}), USD for USAJOBS; null for boards of any country's jobs and
     * for a country that has no currency of its own.
     */
    static @Nullable Currency currency(SourceConfig source) {
        return switch (source.kind()) {
            case ADZUNA -> countryCurrency(adzunaCountry(source));
            case USAJOBS -> Currency.getInstance("USD");
            case GREENHOUSE, REMOTEOK, LEVER, ASHBY, SMARTRECRUITERS, HIMALAYAS, ARBEITNOW,
                    REMOTIVE, JOBICY, WORKABLE, RECRUITEE, PERSONIO, THEMUSE, WORKINGNOMADS, RSS,
                    HACKERNEWS, JSONLD, HTML -> null;
        };
    }

    private static @Nullable String adzunaCountry(SourceConfig source) {
        String country = source.setting("country");
        URI url = source.url();
        if (country != null || url == null || url.getPath() == null) {
            return country;
        }
        List<String> segments = List.of(url.getPath().split("/"));
        int search = segments.indexOf("search");
        return search > 0 ? segments.get(search - 1) : null;
    }

    /** The currency of an ISO 3166-1 alpha-2 country, as the JDK knows it. */
    private static @Nullable Currency countryCurrency(@Nullable String country) {
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            return null;
        }
        try {
            return Currency.getInstance(new Locale("", country.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
