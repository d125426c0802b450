package org.joblist.aggregate;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A place a posting names, parsed: each part is null when the text does not say it, and the
 * country is left unknown rather than guessed.
 *
 * @param city the city as written, e.g. {@code Austin}
 * @param region a US state or Canadian province as its two-letter code ({@code TX}, {@code ON}),
 *     else the region as written
 * @param country ISO 3166-1 alpha-2, upper case, e.g. {@code US}
 */
public record Location(@Nullable String city, @Nullable String region, @Nullable String country) {
    public Location {
        if (city == null && region == null && country == null) {
            throw new IllegalArgumentException("a location needs a city, a region or a country");
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "country \"" + country + "\" is not an ISO 3166-1 alpha-2 code");
        }
    }

    /** The parts that are known, comma separated: {@code Austin, TX, US}. */
    @Override
    public String toString() {
        return Stream.of(city, region, country)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
