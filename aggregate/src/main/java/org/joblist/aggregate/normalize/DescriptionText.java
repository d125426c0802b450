package org.joblist.aggregate.normalize;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A description's HTML as plain text: each layer of escaped HTML decoded once (a board that
 * escapes its HTML and then appends real tags gives both back), block elements as paragraphs
 * split by a blank line, whitespace folded, and board footers ("Find more jobs on Arbeitnow")
 * removed.
 */
final class DescriptionText {
    private static final Pattern ESCAPED_TAG =
            Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern ENTITY_TAG = Pattern.compile("&lt;\\s*/?\\s*[a-zA-Z]");
    private static final List<Pattern> FOOTERS = List.of(
            Pattern.compile("(?i)^find more (?:english speaking )?jobs on \\p{L}+.*$"),
            Pattern.compile("(?i)^please mention the word \\S+ .*$"),
            Pattern.compile("(?i)^apply now on \\p{L}+\\.?$"));
    private static final int MAX_LAYERS = 3;

    private DescriptionText() {
    }

    static String sanitize(String html) {
        if (html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(TextRepair.repairMojibake(html));
        // Each pass turns one layer of escaped tags into elements.
        int layers = 0;
        while (layers < MAX_LAYERS && unescapeTextLayer(document.body())) {
            layers++;
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new Paragraphs(text), document.body());
        return String.join("\n\n", text.toString().lines()
                .map(TextRepair::fold)
                .filter(line -> !line.isEmpty())
                .filter(line -> FOOTERS.stream().noneMatch(f -> f.matcher(line).matches()))
                .toList());
    }

    /** Replaces every text node holding escaped tags by the nodes those tags make. */
    private static boolean unescapeTextLayer(Element root) {
        List<TextNode> escaped = root.getAllElements().stream()
                        .flatMap(e -> e.textNodes().stream())
                        .filter(t -> ESCAPED_TAG.matcher(t.getWholeText()).find()
                                || ENTITY_TAG.matcher(t.getWholeText()).find())
                        .toList();
        for (TextNode node : escaped) {
            Element parent = (Element) node.parent();
            String text = node.getWholeText();
            // Tags decoded from this layer are parsed; entities written for them decode first.
            String html = ESCAPED_TAG.matcher(text).find()
                    ? text
                    : Parser.unescapeEntities(text, false);
            List<Node> parsed = Jsoup.parseBodyFragment(html).body().childNodesCopy();
            int index = node.siblingIndex();
            node.remove();
            parent.insertChildren(index, parsed);
        }
        return !escaped.isEmpty();
    }

    /** Text with a line break around every block element. */
    private record Paragraphs(StringBuilder text) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element element && (element.isBlock()
                    || element.nameIs("br"))) {
                text.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                text.append('\n');
            }
        }
    }
}
