package org.joblist.aggregate.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joblist.aggregate.Location;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/**
 * Parses location text into {@link Location}s and the workplace label it carries. Reads "City,
 * ST" for US states and Canadian provinces, "Country - City", several places in one text
 * ({@code ;}, {@code |}, {@code /}, "or", or a second city), repeated parts once, and codes that
 * are both a country and a state (CA, GA, DE, IN, ...) by their context: the city before them,
 * or a country named beside them. A code nothing decides is left out, and a city not in the
 * list of well-known cities keeps an unknown country.
 *
 * <pre>{@code
 * Locations.parse(List.of("San Francisco, CA; Berlin, DE"))
 *     // places [San Francisco, CA, US] and [Berlin, DE]
 * Locations.parse(List.of("US, TX, Remote"))   // place [TX, US], label REMOTE
 * }</pre>
 */
public final class Locations {
    /** What a location text says: its places, and a workplace label ("Remote") if it has one. */
    public record Parsed(List<Location> places, WorkplaceType label) {
        public Parsed {
            places = List.copyOf(places);
            Objects.requireNonNull(label, "label");
        }
    }

    private static final Pattern PLACE_SEPARATORS =
            Pattern.compile("\\s*(?:;|\\||\\s/\\s|\\bor\\b|\\n)\\s*");
    private static final Pattern PART_SEPARATORS = Pattern.compile("\\s*(?:,|\\s[-–—]\\s)\\s*");
    private static final Pattern ONLY = Pattern.compile("(?i)\\s+(?:only|based)$");
    private static final Pattern NOT_A_PLACE =
            Pattern.compile("(?i).*(?:\\d|\\bgmt\\b|\\butc\\b|timezone|time zone).*");
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}.' -]*");
    private static final Pattern LABEL_WORD = Pattern.compile("(?i)^(remote|hybrid|on-?site)\\s+"
            + "|\\s+(remote|hybrid|on-?site)$");

    private enum Kind { LABEL, COUNTRY, REGION, AMBIGUOUS, AREA, CITY }

    private record Part(Kind kind, String value, WorkplaceType label) {
        static Part of(Kind kind, String value) {
            return new Part(kind, value, WorkplaceType.UNKNOWN);
        }
    }

    private Locations() {
    }

    /** The places and label of every text, places in order and each once. */
    public static Parsed parse(List<String> texts) {
        Set<Location> places = new LinkedHashSet<>();
        WorkplaceType label = WorkplaceType.UNKNOWN;
        for (String text : texts) {
            String cleaned = TextRepair.title(text).replace('(', ',').replace(')', ',');
            for (String place : PLACE_SEPARATORS.split(cleaned)) {
                List<Part> parts = parts(place);
                for (Part part : parts) {
                    if (part.kind() == Kind.LABEL && label == WorkplaceType.UNKNOWN) {
                        label = part.label();
                    }
                }
                places.addAll(places(parts));
            }
        }
        return new Parsed(new ArrayList<>(places), label);
    }

    /**
     * A location from structured fields: a region equal to the city is dropped, and an empty or
     * unknown country stays unknown.
     */
    public static Optional<Location> of(
            @Nullable String city, @Nullable String region, @Nullable String country) {
        String c = blankToNull(city);
        String r = blankToNull(region);
        String k = blankToNull(country);
        if (r != null && r.equalsIgnoreCase(c)) {
            r = null;
        }
        String code = k == null ? null : Places.country(k).orElse(null);
        if (r != null) {
            Optional<Places.Region> known = Places.region(r);
            if (known.isPresent() && (code == null || code.equals(known.get().country()))) {
                r = known.get().code();
                code = known.get().country();
            }
        }
        if (c == null && r == null && code == null) {
            return Optional.empty();
        }
        return Optional.of(new Location(c, r, code));
    }

    /**
     * The well-known city the text names that lies in the place's region and country, when there
     * is exactly one; the place unchanged otherwise.
     */
    static Location withCityNamedIn(Location place, String text) {
        if (place.city() != null) {
            return place;
        }
        List<Location> named = Places.cities().stream()
                .filter(city -> Objects.equals(city.country(), place.country()))
                .filter(city -> place.region() == null
                        || Objects.equals(city.region(), place.region()))
                .filter(city -> Pattern.compile("\\b" + Pattern.quote(city.city()) + "\\b")
                        .matcher(text).find())
                .toList();
        return named.size() == 1 ? named.get(0) : place;
    }

    private static List<Part> parts(String place) {
        List<Part> parts = new ArrayList<>();
        for (String piece : PART_SEPARATORS.split(place)) {
            String text = ONLY.matcher(piece.trim()).replaceAll("");
            Matcher labelWord = LABEL_WORD.matcher(text);
            if (labelWord.find()) {
                String word = labelWord.group(1) != null ? labelWord.group(1) : labelWord.group(2);
                parts.add(classify(word));
                text = labelWord.replaceFirst("").trim();
            }
            if (text.isEmpty() || NOT_A_PLACE.matcher(text).matches()) {
                continue;
            }
            parts.addAll(splitHyphenated(text));
        }
        return parts;
    }

    /** "US-Remote" is two parts; "Winston-Salem" is one. */
    private static List<Part> splitHyphenated(String text) {
        if (text.contains("-") && !text.matches("(?i)on-site")) {
            List<Part> pieces = new ArrayList<>();
            boolean anyKnown = false;
            for (String piece : text.split("-")) {
                if (!piece.isBlank()) {
                    Part part = classify(piece.trim());
                    anyKnown |= part.kind() != Kind.CITY;
                    pieces.add(part);
                }
            }
            if (anyKnown) {
                return pieces;
            }
        }
        return List.of(classify(text));
    }

    private static Part classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        WorkplaceType label = label(lower);
        if (label != WorkplaceType.UNKNOWN) {
            return new Part(Kind.LABEL, text, label);
        }
        if (lower.equals("anywhere") || lower.equals("worldwide") || lower.equals("global")) {
            return new Part(Kind.LABEL, text, WorkplaceType.REMOTE);
        }
        Optional<String> country = Places.country(text);
        Optional<Places.Region> region = Places.region(text);
        if (country.isPresent() && region.isPresent()) {
            return Part.of(Kind.AMBIGUOUS, text);
        }
        if (Places.city(text).isPresent()) {
            return Part.of(Kind.CITY, text);
        }
        if (country.isPresent()) {
            return Part.of(Kind.COUNTRY, country.get());
        }
        if (region.isPresent()) {
            return Part.of(Kind.REGION, region.get().code());
        }
        if (Places.AREAS.contains(lower)) {
            return Part.of(Kind.AREA, text);
        }
        return Part.of(Kind.CITY, text);
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

    /** Folds the parts of one place text into places; a repeated slot starts a new place. */
    private static List<Location> places(List<Part> parts) {
        @Nullable String otherCountry = parts.stream()
                .filter(p -> p.kind() == Kind.COUNTRY).map(Part::value).findFirst().orElse(null);
        List<Location> places = new ArrayList<>();
        PlaceBuilder current = new PlaceBuilder();
        for (Part part : parts) {
            Part resolved = part.kind() == Kind.AMBIGUOUS
                    ? resolve(part.value(), current, otherCountry)
                    : part;
            if (resolved == null || resolved.kind() == Kind.LABEL) {
                continue;
            }
            if (!current.accepts(resolved)) {
                current.build().ifPresent(places::add);
                current = new PlaceBuilder();
            }
            current.add(resolved);
        }
        current.build().ifPresent(places::add);
        return places;
    }

    /** A code that is both a country and a state, read from its context; null when nothing says. */
    private static @Nullable Part resolve(String code, PlaceBuilder current,
            @Nullable String otherCountry) {
        Places.Region region = Places.region(code).orElseThrow();
        Optional<Location> knownCity =
                current.city == null ? Optional.empty() : Places.city(current.city);
        if (knownCity.isPresent()) {
            return code.equals(knownCity.get().country())
                    ? Part.of(Kind.COUNTRY, code)
                    : Part.of(Kind.REGION, code);
        }
        if (otherCountry != null) {
            if (otherCountry.equals(region.country())) {
                return Part.of(Kind.REGION, code);
            }
            Optional<Places.Region> province = Places.province(code);
            return province.isPresent() && otherCountry.equals("CA")
                    ? Part.of(Kind.REGION, code)
                    : null;
        }
        if (current.city != null && current.country == null) {
            return Part.of(Kind.REGION, code);
        }
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : TextRepair.title(text);
    }

    /** One place being read. */
    private static final class PlaceBuilder {
        private @Nullable String city;
        private @Nullable String region;
        private @Nullable String country;

        boolean accepts(Part part) {
            return switch (part.kind()) {
                case CITY -> city == null || city.equalsIgnoreCase(part.value());
                case REGION, AREA -> region == null || region.equalsIgnoreCase(part.value());
                case COUNTRY -> country == null || country.equals(part.value());
                default -> true;
            };
        }

        void add(Part part) {
            switch (part.kind()) {
                case CITY -> city = city != null ? city : part.value();
                case REGION, AREA -> region = region != null ? region : part.value();
                case COUNTRY -> country = part.value();
                default -> {
                }
            }
        }

        Optional<Location> build() {
            if (city == null && region == null && country == null) {
                return Optional.empty();
            }
            String r = region;
            String k = country;
            Optional<Places.Region> known = r == null ? Optional.empty() : Places.region(r);
            if (known.isPresent() && k == null) {
                k = known.get().country();
            }
            Optional<Location> knownCity = city == null ? Optional.empty() : Places.city(city);
            if (knownCity.isPresent() && (k == null || k.equals(knownCity.get().country()))
                    && (r == null || r.equals(knownCity.get().region()))) {
                r = knownCity.get().region();
                k = knownCity.get().country();
            }
            return Optional.of(new Location(city, r, k));
        }
    }
}
