package org.joblist.ingest.http;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Tells a response that blocks us from a board's answer: a known bot-challenge or firewall page
 * at any status, or an HTML page where the board serves JSON or XML. Looks at the headers and the
 * first {@value #PEEK_BYTES} bytes of the body without consuming it.
 */
final class BlockDetector {
    static final int PEEK_BYTES = 16 * 1024;

    /** Text found in a challenge page, and who serves it. */
    private record Marker(String text, String by) {
    }

    private static final List<Marker> MARKERS = List.of(
            new Marker("<title>just a moment...</title>", "Cloudflare challenge page"),
            new Marker("/cdn-cgi/challenge-platform/", "Cloudflare challenge page"),
            new Marker("attention required! | cloudflare", "Cloudflare block page"),
            new Marker("captcha-delivery.com", "DataDome captcha page"),
            new Marker("px-captcha", "PerimeterX captcha page"),
            new Marker("_incapsula_resource", "Imperva (Incapsula) challenge page"),
            new Marker("awswafintegration", "AWS WAF challenge page"),
            new Marker("<title>access denied</title>", "access-denied page"));

    private BlockDetector() {
    }

    /**
     * Why the response blocks us, e.g. {@code blocked: Cloudflare challenge page (HTTP 403)};
     * null when it is the board's own answer (which may still be an error status).
     *
     * @param accept what the request asked for; an HTML answer blocks only a JSON or XML request
     */
    static @Nullable String reason(Response response, String accept) throws IOException {
        if (response.code() == 304) {
            return null;
        }
        if ("challenge".equalsIgnoreCase(response.header("cf-mitigated"))) {
            return "blocked: Cloudflare challenge (HTTP " + response.code() + ")";
        }
        String lower = response.peekBody(PEEK_BYTES).string().toLowerCase(Locale.ROOT);
        String start = lower.stripLeading().replace("\ufeff", "");
        if (looksLikeData(start)) {
            return null;
        }
        for (Marker marker : MARKERS) {
            if (lower.contains(marker.text())) {
                return "blocked: " + marker.by() + " (HTTP " + response.code() + ")";
            }
        }
        boolean wantsData = !acceptsPages(accept)
                && (accept.contains("json") || accept.contains("xml"));
        boolean answered = response.isSuccessful() || response.code() == 401
                || response.code() == 403;
        if (wantsData && answered && isHtml(response, start)) {
            return "blocked: an HTML page where " + (accept.contains("json") ? "JSON" : "XML")
                    + " was expected (HTTP " + response.code() + ")";
        }
        return null;
    }

    /** Whether the request asks for a web page (HTML or XHTML), so HTML is its answer. */
    private static boolean acceptsPages(String accept) {
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains("text/html") || lower.contains("application/xhtml+xml");
    }

    /** Whether a body, lower-cased from its first non-blank character, is JSON or XML data. */
    private static boolean looksLikeData(String start) {
        return start.startsWith("{") || start.startsWith("[") || start.startsWith("<?xml")
                || start.startsWith("<rss") || start.startsWith("<feed");
    }

    private static boolean isHtml(Response response, String start) {
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return true;
        }
        MediaType type = response.body().contentType();
        boolean saysHtml = type != null && type.subtype().equalsIgnoreCase("html");
        return saysHtml && !start.isEmpty();
    }
}
