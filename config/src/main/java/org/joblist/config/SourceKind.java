package org.joblist.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of source joblist can read; each has one connector in the ingest module. */
public enum SourceKind {
    GREENHOUSE,
    REMOTEOK,
    LEVER,
    ASHBY,
    SMARTRECRUITERS,
    HIMALAYAS,
    ARBEITNOW,
    REMOTIVE,
    JOBICY,
    WORKABLE,
    RECRUITEE,
    PERSONIO,
    THEMUSE,
    WORKINGNOMADS,
    ADZUNA,
    USAJOBS,
    RSS,
    HACKERNEWS,
    JSONLD,
    HTML;

    /** The name used in config files, e.g. {@code greenhouse}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceKind> fromConfigName(String name) {
        return Arrays.stream(values()).filter(k -> k.configName().equals(name)).findFirst();
    }

    /** Every config name, comma separated, for error messages. */
    public static String configNames() {
        return Arrays.stream(values()).map(SourceKind::configName).collect(Collectors.joining(", "));
    }
}
