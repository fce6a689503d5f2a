package dev.editions.markdown.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the blocks Markdown sets apart with extended syntax: definition lists, GitHub alerts (a
 * block quote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]}, perhaps followed by a title) and {@code <details>}
 * disclosures, whose {@code <summary>} is the title and whose Markdown inside is read as blocks.
 */
final class SetApartConverter {
    private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DETAILS_OPEN = Pattern.compile("(?is)\\s*<details(\\s[^>]*)?>(.*)");
    private static final Pattern DETAILS_CLOSE = Pattern.compile("(?is)(.*)</details\\s*>\\s*");
    private static final Pattern SUMMARY = Pattern.compile("(?is)\\s*<summary(\\s[^>]*)?>(.*?)</summary\\s*>(.*)");

    private final ReadContext context;
    private final InlineConverter inlines;

    SetApartConverter(ReadContext context, InlineConverter inlines) {
        this.context = context;
        this.inlines = inlines;
    }

    /** Blocks read from nodes: how the block converter reads a run of sibling nodes, one level deeper. */
    interface Nested {
        List<Block> blocks(Node first, Node end);
    }

    /** The definition list of flexmark's {@code list}, or nothing when no term has a definition. */
    List<Block> definitions(com.vladsch.flexmark.ext.definition.DefinitionList list, Nested nested) {
        List<Block> out = new ArrayList<>();
        List<Definition> definitions = new ArrayList<>();
        List<Inline> term = new ArrayList<>();
        List<List<Block>> details = new ArrayList<>();
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof DefinitionTerm termNode) {
                if (!details.isEmpty()) {
                    definitions.add(new Definition(term, details));
                    term = new ArrayList<>();
                    details = new ArrayList<>();
                }
                List<Inline> line = Inlines.oneLine(termNode.getFirstChild() == null ? List.of()
                        : inlines.children(termNode.getFirstChild(), false));
                if (!line.isEmpty()) {
                    if (!term.isEmpty()) {
                        term.add(LineBreak.INSTANCE);
                    }
                    term.addAll(line);
                }
            } else if (node instanceof DefinitionItem item) {
                List<Block> detail = nested.blocks(item.getFirstChild(), null);
                if (!detail.isEmpty() && !term.isEmpty()) {
                    details.add(detail);
                } else if (!detail.isEmpty()) {
                    out.addAll(detail);
                }
            }
        }
        if (!details.isEmpty()) {
            definitions.add(new Definition(term, details));
        } else if (!term.isEmpty()) {
            context.warn(list, "definition.no-detail", "a definition term has no definition; it is kept as a paragraph");
            out.add(new Paragraph(term));
        }
        if (!definitions.isEmpty()) {
            out.add(0, new DefinitionList(definitions));
        }
        return out;
    }

    /** The alert {@code quote} is, if its first line is an alert marker. */
    Optional<Admonition> alert(BlockQuote quote, Nested nested) {
        if (!(quote.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph first)
                || first.getContentLines().isEmpty()) {
            return Optional.empty();
        }
        Matcher marker = ALERT.matcher(first.getContentLines().get(0).toString().strip());
        if (!marker.matches()) {
            return Optional.empty();
        }
        Admonition.Type type = Admonition.Type.valueOf(marker.group(1).toUpperCase(Locale.ROOT));
        List<Node> titleNodes = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        boolean inTitle = true;
        for (Node child = first.getFirstChild(); child != null; child = child.getNext()) {
            if (inTitle && (child instanceof SoftLineBreak || child instanceof HardLineBreak)) {
                inTitle = false;
            } else if (inTitle) {
                titleNodes.add(child);
            } else {
                rest.add(child);
            }
        }
        // The marker "[!NOTE]" reads as a link reference; the title is what follows it on the line.
        List<Inline> title = Inlines.oneLine(inlines.of(titleNodes.subList(Math.min(1, titleNodes.size()),
                titleNodes.size())));
        List<Block> blocks = new ArrayList<>();
        List<Inline> opening = inlines.of(rest);
        if (!opening.isEmpty()) {
            blocks.add(new Paragraph(opening));
        }
        blocks.addAll(nested.blocks(first.getNext(), null));
        return Optional.of(new Admonition(type, title, blocks));
    }

    /** Whether {@code node} opens a {@code <details>} element. */
    static boolean opensDetails(Node node) {
        return node instanceof HtmlBlock && DETAILS_OPEN.matcher(node.getChars()).matches();
    }

    /**
     * The {@code <details>} disclosure that {@code open} starts, read up to its {@code </details>} (or
     * to the end of its container when that is missing); returns the last node it took.
     */
    Node details(HtmlBlock open, List<Block> out, Nested nested) {
        Matcher opening = DETAILS_OPEN.matcher(open.getChars());
        opening.matches();
        String after = opening.group(2);
        List<Inline> title = List.of();
        Matcher summary = SUMMARY.matcher(after);
        if (summary.matches()) {
            title = text(open, summary.group(2));
            after = summary.group(3);
        }
        List<Block> blocks = new ArrayList<>();
        Matcher closing = DETAILS_CLOSE.matcher(after);
        if (closing.matches()) {
            textBlock(open, closing.group(1), blocks);
            out.add(new Admonition(Admonition.Type.DETAILS, title, blocks));
            return open;
        }
        textBlock(open, after, blocks);
        int depth = 1;
        Node last = open;
        Node end = null;
        for (Node node = open.getNext(); node != null; node = node.getNext()) {
            last = node;
            if (opensDetails(node) && !DETAILS_CLOSE.matcher(node.getChars()).matches()) {
                depth++;
            } else if (node instanceof HtmlBlock && isClose(node)) {
                depth--;
                if (depth == 0) {
                    end = node;
                    break;
                }
            }
        }
        if (end == null) {
            context.warn(open, "details.unclosed", "a <details> element has no </details>; it runs to the end of"
                    + " its container");
        }
        blocks.addAll(nested.blocks(open.getNext(), end));
        out.add(new Admonition(Admonition.Type.DETAILS, title, blocks));
        return last;
    }

    private static boolean isClose(Node node) {
        return node.getChars().toString().strip().toLowerCase(Locale.ROOT).matches("</details\\s*>");
    }

    /** The text of HTML markup, tags removed and character references decoded, on one line. */
    private List<Inline> text(Node node, String html) {
        String text = context.legal(node, Escaping.unescapeHtml(html.replaceAll("<[^>]*>", "")),
                "a <details> element").replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? List.of() : List.of(new Text(text));
    }

    private void textBlock(Node node, String html, List<Block> out) {
        List<Inline> text = text(node, html);
        if (!text.isEmpty()) {
            out.add(new Paragraph(text));
        }
    }
}
