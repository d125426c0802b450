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

        StringBuilder target = new StringBuilder(trimmed.length() + 8);
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c <= ' ' || c == 0x7f || UNSAFE_IN_URL.indexOf(c) >= 0) {
                target.append('%').append(String.format("%02X", (int) c));
            } else {
                target.append(c);
            }
        }
        return target.toString();
    }
}
