package org.joblist.publish;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes text from job boards safe for one line of GitHub Markdown, such as a table cell or a
 * heading, so that it renders as the text it is and never as markup, HTML or a link.
 */
final class MarkdownText {
    /** Line breaks and other control characters; a run of them becomes one space. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");

    /**
     * Characters that start markup in a GitHub table cell: links, emphasis, code, HTML and
     * entities, strikethrough, math, a heading's closing hashes and the cell separator. Each is
     * escaped with a backslash, which CommonMark allows before any ASCII punctuation.
     */
    private static final String SPECIAL = "\\`*_[]<>|~&$#";

    /** Characters a link target must not hold as they are, lest they end it or the cell. */
    private static final String UNSAFE_IN_URL = "\"<>\\`|()";

    private static final Pattern WEB_URL =
            Pattern.compile("(?i)https?://[^\\s/?#].*", Pattern.DOTALL);

    private MarkdownText() {}

    static String escape(String text) {
        String oneLine = CONTROL.matcher(text).replaceAll(" ");
        StringBuilder escaped = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * The URL as a Markdown link target, with spaces, control characters and the characters that
     * would end the link or the table cell percent-encoded; null unless it is an http or https URL.
     */
    static @Nullable String linkTarget(String url) {
        String trimmed = url.strip();
        if (!WEB_URL.matcher(trimmed).matches()) {
            return null;
        }

        return encode(trimmed, UNSAFE_IN_URL);
    }

    /**
     * A relative path, e.g. to a sibling file, as a Markdown link target: encoded like {@link
     * #linkTarget}, and with ':' encoded too, so it is never read as a scheme such as
     * {@code javascript:}.
     */
    static String relativeTarget(String path) {
        return encode(path, UNSAFE_IN_URL + ":");
    }

    private static String encode(String url, String unsafe) {
        StringBuilder target = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || unsafe.indexOf(c) >= 0) {
                target.append('%').append(String.format("%02X", (int) c));
            } else {
                target.append(c);
            }
        }
        return target.toString();
    }
}
