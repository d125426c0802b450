package org.joblist.ingest.rss;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The company header We Work Remotely opens each description with, from the company's profile
 * on the board:
 *
 * <pre>{@code
 * <p>
 *   <strong>Headquarters:</strong> Delaware, USA
 *     <br /><strong>URL:</strong> <a href="https://qase.io/">https://qase.io/</a>
 * </p>
 * }</pre>
 *
 * Only the link labelled "URL:" in a first paragraph labelled "Headquarters:" is the company's
 * site; a link anywhere else in the text, such as an application link, is not.
 */
final class CompanyHeader {
    private CompanyHeader() {
    }

    /** The href of the header's "URL:" link as written; null without such a header. */
    static @Nullable String url(String description) {
        if (!description.contains("URL:")) {
            return null;
        }
        Element header = Jsoup.parseBodyFragment(description).selectFirst("p");
        if (header == null || !hasLabel(header, "Headquarters:")) {
            return null;
        }
        for (Element label : header.children()) {
            Element link = label.nextElementSibling();
            if (isLabel(label, "URL:") && link != null && link.nameIs("a")) {
                return link.attr("href");
            }
        }
        return null;
    }

    private static boolean hasLabel(Element paragraph, String text) {
        return paragraph.children().stream().anyMatch(child -> isLabel(child, text));
    }

    private static boolean isLabel(Element element, String text) {
        return element.nameIs("strong") && element.text().strip().equals(text);
    }
}
