package org.joblist.publish;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** A README as a GitHub Markdown parser (commonmark with the GFM tables extension) reads it. */
final class GfmDocument {
    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Node root;

    private GfmDocument(Node root) {
        this.root = root;
    }

    static GfmDocument parse(String markdown) {
        return new GfmDocument(PARSER.parse(markdown));
    }

    /** The text of each body row's cells, of every table in the document. */
    List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomBlock block) {
                if (block instanceof TableBlock) {
                    for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                        if (part instanceof TableBody) {
                            addRows(part, rows);
                        }
                    }
                }
            }
        });
        return rows;
    }

    /** The destination of every link and image. */
    List<String> linkDestinations() {
        List<String> destinations = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                destinations.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                destinations.add(image.getDestination());
            }
        });
        return destinations;
    }

    /** The literal of every raw HTML node, block or inline. */
    List<String> html() {
        List<String> html = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                html.add(block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                html.add(inline.getLiteral());
            }
        });
        return html;
    }

    private static void addRows(Node body, List<List<String>> rows) {
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            if (row instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                rows.add(cells);
            }
        }
    }

    /** The plain text of a node: its text and code literals, soft breaks as spaces. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HtmlInline inline) {
                text.append(inline.getLiteral());
            }
        });
        return text.toString();
    }
}
