package org.joblist.aggregate.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.joblist.aggregate.Location;
import org.joblist.ingest.WorkplaceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Location texts as the boards of shared/fixtures/real write them (Adzuna, Greenhouse, Lever,
 * USAJOBS, Remotive, We Work Remotely, ...), and a few of the same shapes of our own.
 */
class LocationShapesTest {
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // Adzuna gb: "UK" is no ISO code; London's districts fold into London.
        "'London, UK'                                  | London, GB                   | UNKNOWN",
        "'Clerkenwell, Central London'                 | London, GB                   | UNKNOWN",
        "'The City, Central London'                    | London, GB                   | UNKNOWN",
        "'South East London, London'                   | London, GB                   | UNKNOWN",
        "'Islington, North London'                     | London, GB                   | UNKNOWN",
        "'London, Greater London, England, United Kingdom' | London, GB               | UNKNOWN",
        "'Sydney, Sydney, New South Wales, Australia'  | Sydney, NSW, AU              | UNKNOWN",
        // A state named in full that is also a country, a province or a city.
        "'Atlanta, Georgia'                            | Atlanta, GA, US              | UNKNOWN",
        "'New Brunswick, NJ'                           | New Brunswick, NJ, US        | UNKNOWN",
        "'Washington, D.C.'                            | Washington, DC, US           | UNKNOWN",
        "'Washington DC'                               | Washington, DC, US           | UNKNOWN",
        "'Chicago IL'                                  | Chicago, IL, US              | UNKNOWN",
        "'Downtown LA'                                 | Downtown LA                  | UNKNOWN",
        "'The Woodlands, TX'                           | The Woodlands, TX, US        | UNKNOWN",
        "'Île-de-France'                               | Île-de-France                | UNKNOWN",
        "'Remote-first, Berlin'                        | Berlin, DE                   | REMOTE",
        "'Guinea-Bissau'                               | GW                           | UNKNOWN",
        "'Winston-Salem, NC'                           | Winston-Salem, NC, US        | UNKNOWN",
        "'Frankfurt am Main'                           | Frankfurt am Main, DE        | UNKNOWN",
        "'SF, NYC'                                     | San Francisco, CA, US; New York, NY, US"
                + " | UNKNOWN",
        "'US-Seattle, US-Texas'                        | Seattle, WA, US; TX, US      | UNKNOWN",
        // Time zones and words that are no place.
        "'USA, CST (UTC-6)'                            | US                           | UNKNOWN",
        "'Remote job'                                  | ''                           | REMOTE",
        "'Anywhere in the World'                       | ''                           | REMOTE",
        "'Worldwide'                                   | ''                           | REMOTE",
        // "remote in ..." names who may apply, beside an office.
        "'London or remote in the UK'                  | London, GB; GB               | REMOTE",
        "'London or remote in UK/Ireland'              | London, GB; GB; IE           | REMOTE",
        "'Dublin, London, or remote in Ireland or the UK' | Dublin, IE; London, GB; IE; GB"
                + " | REMOTE",
    })
    void parsesTheLocationShapesOfRealBoards(String text, String expected,
            WorkplaceType label) {
        Locations.Parsed parsed = Locations.parse(List.of(text));

        assertThat(parsed.places().stream().map(Location::toString)
                .collect(Collectors.joining("; "))).isEqualTo(expected);
        assertThat(parsed.label()).isEqualTo(label);
    }
}
