package org.joblist.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;

/** Builds the URL a source reads first: its configured {@code url}, or its kind's default. */
public final class BoardUrls {
    private BoardUrls() {
    }

    /** The source's {@code url} when set, otherwise {@code api}. */
    public static HttpUrl configuredOr(SourceConfig source, HttpUrl api) {
        return source.url() != null ? HttpUrl.get(source.url().toString()) : api;
    }

    /**
     * The source's {@code url} when set, otherwise the default its {@code board} gives.
     *
     * @throws IllegalArgumentException when the source has neither
     */
    public static HttpUrl configuredOrBoard(SourceConfig source,
            Function<String, HttpUrl> boardDefault) {
        if (source.url() != null) {
            return HttpUrl.get(source.url().toString());
        }
        if (source.board() == null) {
            String kind = source.kind().configName();
            throw new IllegalArgumentException("source " + source.id() + ": "
                    + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind
                    + " source needs a board or a url");
        }
        return boardDefault.apply(source.board());
    }

    /** The URL with each query parameter of {@code defaults} added that it does not set yet. */
    public static HttpUrl withDefaults(HttpUrl url, String... namesAndValues) {
        HttpUrl.Builder builder = url.newBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (url.queryParameter(namesAndValues[i]) == null) {
                builder.addQueryParameter(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return builder.build();
    }

    /** The board name, or the source id when it has none: a company for boards naming none. */
    public static String boardOrId(SourceConfig source) {
        return source.board() != null ? source.board() : source.id();
    }

    /** The non-blank texts, each once, in order: tags from several fields. */
    public static List<String> distinct(Iterable<? extends CharSequence> texts) {
        List<String> list = new ArrayList<>();
        for (CharSequence text : texts) {
            String tag = text == null ? "" : text.toString().strip();
            if (!tag.isEmpty() && !list.contains(tag)) {
                list.add(tag);
            }
        }
        return list;
    }
}
