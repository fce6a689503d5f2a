package dev.editions.markdown.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.TaskState;
import dev.editions.model.Text;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns flexmark block nodes into model blocks.
 *
 * <p>A paragraph that holds only images becomes figures (alt text as the text alternative, the image
 * title as the caption; an empty alt text makes the figure decorative); images with text around them
 * are pictures in the line of the paragraph. A paragraph {@code Table: …} just before a table is the table's caption. Fenced and
 * indented code blocks become code blocks, the fence's first info word as their language; a paragraph that is only a formula {@code $$…$$} is
 * a code block in the language {@code math}, as is a fenced block {@code ```math}. HTML blocks keep only their text, with a warning,
 * except {@code <details>}, read with the definition lists and GitHub alerts by {@link SetApartConverter}.
 */
final class BlockConverter {
    /** The prefix of a table caption paragraph, as pandoc writes it. */
    static final String TABLE_CAPTION = "Table:";

    private final ReadContext context;
    private final InlineConverter inlines;
    private final TableConverter tables;
    private final SetApartConverter setApart;
    private int depth;

    BlockConverter(ReadContext context) {
        this.context = context;
        this.inlines = new InlineConverter(context);
        this.tables = new TableConverter(inlines, context);
        this.setApart = new SetApartConverter(context, inlines);
    }

    /** The model blocks of {@code parent}'s child blocks. */
    List<Block> blocks(Node parent) {
        return blocks(parent.getFirstChild(), null);
    }

    /** The model blocks of the sibling nodes from {@code first} up to {@code end} (exclusive, or null for all). */
    private List<Block> blocks(Node first, Node end) {
        List<Block> out = new ArrayList<>();
        for (Node node = first; node != null && node != end; node = node.getNext()) {
            try {
                if (SetApartConverter.opensDetails(node)) {
                    node = setApart.details((HtmlBlock) node, out, this::nested);
                    continue;
                }
                TableBlock captioned = node instanceof com.vladsch.flexmark.ast.Paragraph p ? tableAfter(p) : null;
                List<Inline> caption = captioned == null ? List.of() : tableCaption((com.vladsch.flexmark.ast.Paragraph) node);
                if (!caption.isEmpty()) {
                    node = captioned;
                    out.add(tables.table(captioned, caption));
                } else if (node instanceof TableBlock table) {
                    out.add(tables.table(table, List.of()));
                } else {
                    convert(node, out);
                }
            } catch (IllegalArgumentException e) {
                throw context.error(node, e.getMessage());
            }
        }
        return out;
    }

    private void convert(Node node, List<Block> out) {
        switch (node) {
            case com.vladsch.flexmark.ast.Heading heading -> {
                List<Inline> content = Inlines.oneLine(inlines.heading(heading));
                if (!content.isEmpty()) {
                    out.add(HeadingAttributes.heading(heading.getLevel(), content, heading.getText().toString()));
                }
            }
            case com.vladsch.flexmark.ast.Paragraph paragraph -> paragraph(paragraph, out);
            case com.vladsch.flexmark.ext.definition.DefinitionList list -> out.addAll(setApart.definitions(list, this::nested));
            case BlockQuote quote -> {
                var alert = setApart.alert(quote, this::nested);
                List<Block> blocks = alert.isPresent() ? List.of() : nested(quote);
                if (alert.isPresent()) {
                    out.add(alert.get());
                } else if (!blocks.isEmpty()) {
                    out.add(new Quote(blocks));
                }
            }
            case com.vladsch.flexmark.ast.ListBlock list -> list(list, out);
            case ThematicBreak rule -> out.add(new Break());
            case FencedCodeBlock code -> code(language(code), code.getContentChars().toString(), out);
            case IndentedCodeBlock code -> code("", code.getContentChars().toString(), out);
            case HtmlCommentBlock comment -> context.warn(node, "html.comment", "an HTML comment was left out");
            case HtmlBlock html -> html(html, out);
            case YamlFrontMatterBlock frontMatter -> {
                // Read into the metadata.
            }
            case AbbreviationBlock abbreviation -> {
                // Read into the glossary.
            }
            case FootnoteBlock note -> {
                // Written as a numbered note at the end.
            }
            case Reference reference -> {
                // Link reference definitions are resolved where they are used.
            }
            case BlankLine blank -> {
                // Separates blocks only.
            }
            default -> out.addAll(blocks(node));
        }
    }

    private void list(com.vladsch.flexmark.ast.ListBlock list, List<Block> out) {
        List<ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<Block> blocks = nested(item);
            if (!blocks.isEmpty()) {
                items.add(item(item, blocks));
            }
        }
        if (!items.isEmpty()) {
            boolean ordered = list instanceof OrderedList;
            out.add(new ListBlock(ordered, ordered ? ((OrderedList) list).getStartNumber() : 1, items));
        }
    }

    /**
     * A list item; a task item ({@code - [ ]}, {@code - [x]}) keeps its state when its text starts with
     * a paragraph, else its box is kept as text, with a warning.
     */
    private ListItem item(Node item, List<Block> blocks) {
        if (!(item instanceof TaskListItem task)) {
            return new ListItem(blocks);
        }
        if (blocks.get(0) instanceof Paragraph) {
            return new ListItem(blocks, task.isItemDoneMarker() ? TaskState.CHECKED : TaskState.UNCHECKED);
        }
        context.warn(item, "list.task", "the task box of a list item that does not start with text was kept as"
                + " text");
        List<Block> withBox = new ArrayList<>();
        withBox.add(Paragraph.of(task.isItemDoneMarker() ? "[x]" : "[ ]"));
        withBox.addAll(blocks);
        return new ListItem(withBox);
    }

    /** The blocks of a list item or block quote, one level deeper. */
    private List<Block> nested(Node container) {
        return nested(container.getFirstChild(), null, container);
    }

    /** The blocks of the sibling nodes from {@code first} up to {@code end}, one level deeper. */
    private List<Block> nested(Node first, Node end) {
        return first == null ? List.of() : nested(first, end, first.getParent());
    }

    private List<Block> nested(Node first, Node end, Node container) {
        if (depth == SourceLimits.MAX_DEPTH) {
            throw context.error(container, "lists and block quotes are nested more than " + SourceLimits.MAX_DEPTH
                    + " levels deep; at most " + SourceLimits.MAX_DEPTH + " are read");
        }
        depth++;
        try {
            return blocks(first, end);
        } finally {
            depth--;
        }
    }

    /**
     * A paragraph. One that holds only images (and space between them) becomes figures; in one with
     * text, its images are pictures in the line, read in the order of the sentence.
     */
    private void paragraph(com.vladsch.flexmark.ast.Paragraph paragraph, List<Block> out) {
        if (paragraph.getFirstChild() instanceof MathSyntax.InlineMath math && math.display()
                && math.getNext() == null) {
            code(CodeBlock.MATH, context.legal(math, math.displayTex(), "a formula"), out);
            return;
        }
        if (!onlyImages(paragraph)) {
            addParagraph(inlines.children(paragraph, false), out);
            return;
        }
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof ImageRef) {
                addFigureOrAltText(child, out);
            }
        }
    }

    /** Whether {@code paragraph} holds images and nothing but white space besides. */
    private static boolean onlyImages(com.vladsch.flexmark.ast.Paragraph paragraph) {
        boolean image = false;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof ImageRef) {
                image = true;
            } else if (!(child instanceof com.vladsch.flexmark.ast.SoftLineBreak
                    || child instanceof com.vladsch.flexmark.ast.HardLineBreak
                    || child instanceof com.vladsch.flexmark.ast.Text text && text.getChars().isBlank())) {
                return false;
            }
        }
        return image;
    }

    /**
     * The picture as a figure or, when it is remote, missing or outside the report's folder, its alt
     * text as a paragraph with a warning naming the line (nothing but the warning when it has none).
     */
    private void addFigureOrAltText(Node image, List<Block> out) {
        try {
            out.add(figure(image));
        } catch (ImageUnavailable e) {
            String alt = PlainText.of(inlines.children(image, false)).replaceAll("\\s+", " ").strip();
            context.warn(image, e.code(), e.getMessage() + (alt.isEmpty() ? "; it has no alt text, so nothing"
                    + " stands in its place" : "; its alt text stands in its place"));
            if (!alt.isEmpty()) {
                out.add(Paragraph.of(alt));
            }
        }
    }

    private Figure figure(Node image) {
        InlineConverter.Picture picture = inlines.picture(image);
        List<Inline> caption = picture.title().isBlank() ? List.of() : List.of(new Text(picture.title().strip()));
        return picture.alt().isEmpty() ? Figure.decorative(picture.image(), caption)
                : Figure.of(picture.image(), picture.alt(), caption);
    }

    private static void addParagraph(List<Inline> content, List<Block> out) {
        if (!content.isEmpty()) {
            out.add(new Paragraph(content));
        }
    }

    /** A code block with its text exactly as written; one with no visible character is left out. */
    private static void code(String language, String text, List<Block> out) {
        if (!text.isBlank()) {
            out.add(new CodeBlock(language, text));
        }
    }

    /** The first word of a fenced block's info string, or empty when it is not a plain word. */
    private String language(FencedCodeBlock code) {
        String info = context.legal(code, Escaping.unescapeString(code.getInfo().toString()),
                "a code block's language").strip();
        String word = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
        return word.contains("`") ? "" : word;
    }

    private void html(HtmlBlock html, List<Block> out) {
        String text = context.legal(html, Escaping.unescapeHtml(html.getChars().toString().replaceAll("<[^>]*>", " ")),
                "an HTML block").replaceAll("\\s+", " ").strip();
        context.warn(html, "html.block", "an HTML block was not passed through" + (text.isEmpty() ? "" : "; only its text was kept"));
        if (!text.isEmpty()) {
            out.add(Paragraph.of(text));
        }
    }

    /** The table right after {@code paragraph}, or null. */
    private static TableBlock tableAfter(com.vladsch.flexmark.ast.Paragraph paragraph) {
        Node next = paragraph.getNext();
        while (next instanceof BlankLine) {
            next = next.getNext();
        }
        return next instanceof TableBlock table ? table : null;
    }

    /** The caption a paragraph {@code Table: …} gives, or an empty list if it is not one. */
    private List<Inline> tableCaption(com.vladsch.flexmark.ast.Paragraph paragraph) {
        if (!paragraph.getChars().startsWith(TABLE_CAPTION)) {
            return List.of();
        }
        List<Inline> content = inlines.children(paragraph, false);
        if (content.isEmpty() || !(content.get(0) instanceof Text first) || !first.text().startsWith(TABLE_CAPTION)) {
            return List.of();
        }
        List<Inline> caption = new ArrayList<>(content);
        caption.set(0, new Text(first.text().substring(TABLE_CAPTION.length()) + " "));
        return Inlines.oneLine(caption);
    }
}
