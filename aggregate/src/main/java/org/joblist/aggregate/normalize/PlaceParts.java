package org.joblist.aggregate.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joblist.ingest.WorkplaceType;

/**
 * The parts of one place's text, each classified: a workplace label ("Remote", "Anywhere in the
 * World"), a country (name, code, alias, "the UK"), a US state or Canadian province, a code or
 * name that is both (read later, by {@link Locations}, from its context), an area wider than a
 * country, or a city: a listed one by its name, an alias ("NYC") or a district ("Central
 * London"), else as written. "remote in the UK" is a label and a country; "Chicago IL" a city
 * and a state; "US-Remote" and "UK/Ireland" two parts each; time zones and words such as "job"
 * are no parts.
 */
final class PlaceParts {
    private static final Pattern PART_SEPARATORS = Pattern.compile("\\s*(?:,|\\s[-–—]\\s)\\s*");
    private static final Pattern ONLY = Pattern.compile("(?i)\\s+(?:only|based)$");
    private static final Pattern NOT_A_PLACE = Pattern.compile("(?i).*(?:\\d|\\bgmt\\b|\\butc\\b"
            + "|\\b[ecmp][sd]t\\b|timezone|time zone).*|jobs?|position|role");
    private static final Pattern CITY_AND_STATE = Pattern.compile("(.+)\\s([A-Z]{2})");
    private static final Pattern IN_PREFIX = Pattern.compile("(?i)^in\\s+(?:the\\s+)?");
    // "Central London", "Greater London": the city, when it is a listed one.
    private static final Pattern DISTRICT = Pattern.compile("(?i)^(?:central|greater|inner"
            + "|outer|downtown|(?:north|south)(?:[- ]?(?:east|west))?|east|west)\\s+(.+)$");
    private static final Map<String, String> CITY_ALIASES =
            Map.of("sf", "San Francisco", "nyc", "New York", "bombay", "Mumbai");
    private static final Pattern LABEL_WORD = Pattern.compile("(?i)^(remote|hybrid|on-?site)\\s+"
            + "|\\s+(remote|hybrid|on-?site)$");

    /** Texts that name no place but say the work can be done from anywhere. */
    private static final Set<String> ANYWHERE = Set.of("anywhere", "anywhere in the world",
            "worldwide", "world wide", "global", "globally", "work from anywhere");

    enum Kind { LABEL, COUNTRY, REGION, AMBIGUOUS, AREA, CITY }

    /** One part of a place text: its kind, its value (a code where it has one), as written. */
    record Part(Kind kind, String value, WorkplaceType label, String text) {
        static Part of(Kind kind, String value) {
            return new Part(kind, value, WorkplaceType.UNKNOWN, value);
        }

        static Part of(Kind kind, String value, String text) {
            return new Part(kind, value, WorkplaceType.UNKNOWN, text);
        }

        boolean isListedCity() {
            return kind == Kind.CITY && Places.city(value).isPresent();
        }
    }

    private PlaceParts() {
    }

    /** The parts of one place's text, labels among them. */
    static List<Part> read(String place) {
        List<Part> parts = new ArrayList<>();
        for (String piece : PART_SEPARATORS.split(place)) {
            String text = ONLY.matcher(piece.trim()).replaceAll("");
            Matcher labelWord = LABEL_WORD.matcher(text);
            if (labelWord.find()) {
                String word = labelWord.group(1) != null ? labelWord.group(1) : labelWord.group(2);
                parts.add(classify(word));
                text = labelWord.replaceFirst("").trim();
            }
            // "remote in the UK"
            text = IN_PREFIX.matcher(text).replaceFirst("");
            if (text.isEmpty() || NOT_A_PLACE.matcher(text).matches()) {
                continue;
            }
            Matcher cityAndState = CITY_AND_STATE.matcher(text);
            if (cityAndState.matches() && listedCity(cityAndState.group(1)).isPresent()
                    && Places.region(cityAndState.group(2)).isPresent()) {
                // "Chicago IL", "Washington DC"
                parts.add(classify(cityAndState.group(1)));
                parts.add(classify(cityAndState.group(2)));
                continue;
            }
            parts.addAll(splitJoined(text));
        }
        return parts;
    }

    /**
     * "US-Remote" and "UK/Ireland" are two parts each, as every piece is a place or label
     * joblist knows (or the first a country or label: "US-Springfield"); "Winston-Salem" and
     * "Île-de-France" are one, and so is a whole joblist knows ("remote-first", "Guinea-Bissau").
     */
    private static List<Part> splitJoined(String text) {
        Part whole = classify(text);
        boolean known = whole.kind() != Kind.CITY || whole.isListedCity();
        if (known || !(text.contains("-") || text.contains("/"))) {
            return List.of(whole);
        }
        List<Part> pieces = new ArrayList<>();
        for (String piece : text.split("[-/]")) {
            if (!piece.isBlank()) {
                pieces.add(classify(piece.trim()));
            }
        }
        boolean allKnown =
                pieces.stream().allMatch(p -> p.kind() != Kind.CITY || p.isListedCity());
        boolean led = pieces.size() == 2
                && (pieces.get(0).kind() == Kind.COUNTRY || pieces.get(0).kind() == Kind.LABEL);
        return pieces.size() > 1 && (allKnown || led) ? pieces : List.of(whole);
    }

    private static Part classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        WorkplaceType label = label(lower);
        if (label != WorkplaceType.UNKNOWN) {
            return new Part(Kind.LABEL, text, label, text);
        }
        if (ANYWHERE.contains(lower)) {
            return new Part(Kind.LABEL, text, WorkplaceType.REMOTE, text);
        }
        Optional<String> country = Places.country(text);
        Optional<Places.Region> region = Places.region(text);
        if (country.isPresent() && region.isPresent()) {
            return Part.of(Kind.AMBIGUOUS, text);
        }
        Optional<String> city = listedCity(text);
        if (city.isPresent()) {
            return Part.of(Kind.CITY, city.get(), text);
        }
        if (country.isEmpty() && lower.startsWith("the ")) {
            country = Places.country(text.substring(4));
        }
        if (country.isPresent()) {
            return Part.of(Kind.COUNTRY, country.get(), text);
        }
        if (region.isPresent()) {
            return Part.of(Kind.REGION, region.get().code(), text);
        }
        if (Places.AREAS.contains(lower)) {
            return Part.of(Kind.AREA, text);
        }
        return Part.of(Kind.CITY, text);
    }

    /** The listed city the text names: itself, an alias ("NYC") or a district ("East London"). */
    static Optional<String> listedCity(String text) {
        String alias = CITY_ALIASES.get(text.toLowerCase(Locale.ROOT));
        String name = alias != null ? alias : text;
        Matcher district = DISTRICT.matcher(name);
        if (Places.city(name).isEmpty() && district.matches()
                && Places.city(district.group(1)).isPresent()) {
            name = district.group(1);
        }
        return Places.city(name).isPresent() ? Optional.of(name) : Optional.empty();
    }

    private static WorkplaceType label(String lower) {
        return switch (lower) {
            case "remote", "fully remote", "remote first", "remote-first", "work from home",
                    "wfh", "distributed" -> WorkplaceType.REMOTE;
            case "hybrid", "hybrid remote" -> WorkplaceType.HYBRID;
            case "on-site", "onsite", "on site", "in office", "in-office", "office" ->
                    WorkplaceType.ONSITE;
            default -> WorkplaceType.UNKNOWN;
        };
    }
}
