package org.joblist.aggregate.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joblist.aggregate.Location;

/**
 * The place names locations are read against: countries (ISO names in English, codes and common
 * aliases), US states and Canadian provinces, and a short list of cities whose country is not
 * in doubt. A city missing from the list keeps an unknown country.
 */
final class Places {
    /** A US state or Canadian province. */
    record Region(String code, String name, String country) {}

    private static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(
            Map.entry("usa", "US"), Map.entry("u.s.", "US"), Map.entry("u.s.a.", "US"),
            Map.entry("united states of america", "US"), Map.entry("america", "US"),
            Map.entry("uk", "GB"), Map.entry("u.k.", "GB"), Map.entry("england", "GB"),
            Map.entry("scotland", "GB"), Map.entry("wales", "GB"), Map.entry("great britain", "GB"),
            Map.entry("deutschland", "DE"), Map.entry("österreich", "AT"),
            Map.entry("schweiz", "CH"), Map.entry("holland", "NL"), Map.entry("czechia", "CZ"),
            Map.entry("españa", "ES"), Map.entry("italia", "IT"), Map.entry("polska", "PL"),
            Map.entry("türkiye", "TR"), Map.entry("turkey", "TR"), Map.entry("south korea", "KR"),
            Map.entry("russia", "RU"), Map.entry("vietnam", "VN"), Map.entry("uae", "AE"));

    /** Names of areas wider than a country, kept as a region with no country. */
    static final Set<String> AREAS = Set.of("europe", "emea", "apac", "latam", "americas",
            "north america", "south america", "latin america", "asia", "africa", "oceania", "eu",
            "european union", "european economic area", "eea", "cet", "cest");

    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> COUNTRIES = countries();
    private static final Map<String, Region> REGIONS_BY_CODE = new HashMap<>();
    private static final Map<String, Region> REGIONS_BY_NAME = new HashMap<>();
    private static final Map<String, Location> CITIES = new HashMap<>();

    static {
        for (String[] row : rows("regions.tsv")) {
            Region region = new Region(row[0], row[1], row[2]);
            REGIONS_BY_CODE.putIfAbsent(row[0], region);
            REGIONS_BY_NAME.put(row[1].toLowerCase(Locale.ROOT), region);
        }
        for (String[] row : rows("cities.tsv")) {
            CITIES.put(row[0].toLowerCase(Locale.ROOT),
                    new Location(row[0], row[1].equals("-") ? null : row[1], row[2]));
        }
    }

    private Places() {
    }

    /** The country an upper-case alpha-2 code ("UK" too) or a name (any case) names. */
    static Optional<String> country(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.length() == 2) {
            // Codes count in upper case only ("in" is a word); "UK" is no ISO code but means GB.
            if (!text.equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return COUNTRY_CODES.contains(text)
                    ? Optional.of(text)
                    : Optional.ofNullable(COUNTRY_ALIASES.get(lower));
        }
        String alias = COUNTRY_ALIASES.get(lower);
        return Optional.ofNullable(alias != null ? alias : COUNTRIES.get(lower));
    }

    /** The US state or Canadian province an upper-case code or a name (any case) names. */
    static Optional<Region> region(String text) {
        if (text.length() == 2) {
            return text.equals(text.toUpperCase(Locale.ROOT))
                    ? Optional.ofNullable(REGIONS_BY_CODE.get(text))
                    : Optional.empty();
        }
        return Optional.ofNullable(REGIONS_BY_NAME.get(text.toLowerCase(Locale.ROOT)));
    }

    /** A Canadian province with this code, when there is one (NL is Newfoundland, too). */
    static Optional<Region> province(String code) {
        return REGIONS_BY_NAME.values().stream()
                .filter(r -> r.code().equals(code) && r.country().equals("CA"))
                .findFirst();
    }

    /** The city as the list knows it, with its region (when any) and country. */
    static Optional<Location> city(String text) {
        return Optional.ofNullable(CITIES.get(text.toLowerCase(Locale.ROOT)));
    }

    /** Every listed city, for finding one named in a description. */
    static List<Location> cities() {
        return List.copyOf(CITIES.values());
    }

    private static Map<String, String> countries() {
        Map<String, String> byName = new HashMap<>();
        for (String code : COUNTRY_CODES) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            byName.put(name.toLowerCase(Locale.ROOT), code);
        }
        return byName;
    }

    /** The rows of a tab-separated resource beside this class; blank and # lines left out. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
