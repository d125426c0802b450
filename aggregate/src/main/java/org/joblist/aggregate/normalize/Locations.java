package org.joblist.aggregate.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.normalize.PlaceParts.Kind;
import org.joblist.aggregate.normalize.PlaceParts.Part;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/**
 * Parses location text into {@link Location}s and the workplace label it carries. Reads "City,
 * ST" for US states and Canadian provinces, "Country - City", several places in one text
 * ({@code ;}, {@code |}, {@code /}, "or", or a second city), repeated parts once, and codes that
 * are both a country and a state (CA, GA, DE, IN, ...) by their context: the city before them,
 * or a country named beside them. A code nothing decides is left out, and a city not in the
 * list of well-known cities keeps an unknown country. A district or region written beside a
 * listed city folds into it ("Clerkenwell, Central London" is London). {@link PlaceParts} reads
 * each place's parts.
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
    private Locations() {
    }

    /** The places and label of every text, places in order and each once. */
    public static Parsed parse(List<String> texts) {
        Set<Location> places = new LinkedHashSet<>();
        WorkplaceType label = WorkplaceType.UNKNOWN;
        for (String text : texts) {
            String cleaned = TextRepair.title(text).replace('(', ',').replace(')', ',');
            for (String place : PLACE_SEPARATORS.split(cleaned)) {
                List<Part> parts = PlaceParts.read(place);
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

    /**
     * Folds the parts of one place text into places; a repeated slot starts a new place, except
     * where the parts name one place twice: a state name before a state code is a city ("New
     * Brunswick, NJ"), a name beside a listed city is that city's district or region ("The City,
     * London", "Sydney, New South Wales, Australia").
     */
    private static List<Location> places(List<Part> parts) {
        @Nullable String otherCountry = parts.stream()
                .filter(p -> p.kind() == Kind.COUNTRY).map(Part::value).findFirst().orElse(null);
        List<Location> places = new ArrayList<>();
        PlaceBuilder current = new PlaceBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.kind() == Kind.REGION && part.text().length() > 2 && current.city == null
                    && i + 1 < parts.size() && (parts.get(i + 1).kind() == Kind.REGION
                            || parts.get(i + 1).kind() == Kind.AMBIGUOUS)) {
                part = Part.of(Kind.CITY, part.text());
            }
            Part resolved = part.kind() == Kind.AMBIGUOUS
                    ? resolve(part.value(), current, otherCountry)
                    : part;
            if (resolved == null || resolved.kind() == Kind.LABEL
                    || current.isDistrictOrRegionOf(resolved, otherCountry)) {
                continue;
            }
            if (current.isDistrictOf(resolved)) {
                current.city = resolved.value();
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
        String country = Places.country(code).orElseThrow();
        if (knownCity.isPresent()) {
            return country.equals(knownCity.get().country())
                    ? Part.of(Kind.COUNTRY, country, code)
                    : Part.of(Kind.REGION, region.code(), code);
        }
        if (otherCountry != null) {
            if (otherCountry.equals(region.country())) {
                return Part.of(Kind.REGION, region.code(), code);
            }
            Optional<Places.Region> province = Places.province(code);
            return province.isPresent() && otherCountry.equals("CA")
                    ? Part.of(Kind.REGION, province.get().code(), code)
                    : null;
        }
        if (current.city != null && current.country == null) {
            return Part.of(Kind.REGION, region.code(), code);
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

        /** An unlisted name after a listed city, in a text that names the country later. */
        boolean isDistrictOrRegionOf(Part part, @Nullable String otherCountry) {
            return part.kind() == Kind.CITY && city != null && !city.equalsIgnoreCase(part.value())
                    && otherCountry != null && Places.city(city).isPresent()
                    && !part.isListedCity();
        }

        /** Whether the city read so far is an unlisted district of this listed city. */
        boolean isDistrictOf(Part part) {
            return part.isListedCity() && city != null && Places.city(city).isEmpty()
                    && region == null && country == null;
        }

        boolean accepts(Part part) {
            return switch (part.kind()) {
                case CITY -> city == null || city.equalsIgnoreCase(part.value());
                case REGION, AREA -> (region == null || region.equalsIgnoreCase(part.value()))
                        && !isOutsideListedCity(part);
                case COUNTRY -> country == null || country.equals(part.value());
                default -> true;
            };
        }

        /** A state that is not the listed city's own: "US-Seattle, US-Texas" is two places. */
        private boolean isOutsideListedCity(Part part) {
            Optional<Location> listed = city == null ? Optional.empty() : Places.city(city);
            return part.kind() == Kind.REGION && listed.isPresent()
                    && listed.get().region() != null
                    && !listed.get().region().equals(part.value());
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
