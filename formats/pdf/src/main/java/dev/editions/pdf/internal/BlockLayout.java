package dev.editions.pdf.internal;

import dev.editions.text.PlainOffsets;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.model.Document;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.model.Text;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.text.NoteNumbers;
import dev.editions.text.Outline;
import dev.editions.text.PlainText;
import dev.editions.text.WritingDirection;
import dev.editions.model.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out a document's title block, blocks and notes in reading order onto pages, building the
 * structure tree as it goes; each note at the foot of the page of its first reference, or all after
 * the text. Headings are kept with the start of the block after them. A task item's
 * label is its box, ☐ or ☑ (after the number in a numbered list), as text.
 *
 * <p>In a report whose language is written right to left, and in a block whose first strong
 * character is, the layout is mirrored: lines are set from the right, list labels hang on the
 * right and nested lists indent leftwards, quotes and admonitions are indented from the right with
 * their rule on that side, and tables run their columns from the right. Code stays left to right.
 * Only positions change: the structure tree keeps the reading order.
 */
final class BlockLayout {
    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final String[] BULLET_NAMES = {"Disc", "Circle", "Square"};
    private static final float ITEM_GAP = 3f;
    private static final float LABEL_GAP = 6f;
    /** The narrowest measure nesting may leave: deeper lists and quotes stop indenting. */
    private static final float MIN_MEASURE = 120f;

    private final PageLayout pages;
    private final Fragments fragments;
    private final InlineFlow flow;
    private final PlainOffsets plain = new PlainOffsets();
    private final FigureLayout figures;
    private final TableLayout tables;
    private final CodeLayout code;
    private final HeadingLevels levels = new HeadingLevels();
    private final boolean justified;
    private final AbbreviationExpansions expansions;
    private final NoteNumbers numbers;
    /** The style of paragraphs and list labels: body text, or the smaller type of notes at the foot. */
    private final TextStyle bodyStyle;
    /** The notes at the foot of the pages, or {@code null} when they follow the text. */
    private final FootNotes foot;
    private final Map<String, Note> notes = new HashMap<>();
    /** Whether the report's language is written right to left, which mirrors every block. */
    private boolean rightToLeft;

    /**
     * A layout of a document's blocks onto {@code pages}.
     *
     * @param footNotes whether each note goes to the foot of the page of its first reference, rather
     *     than after the text
     */
    BlockLayout(PageLayout pages, Fragments fragments, AbbreviationExpansions expansions, NoteNumbers notes,
            boolean justified, boolean footNotes) {
        this(pages, fragments, expansions, notes, justified, Typography.BODY, footNotes);
    }

    private BlockLayout(PageLayout pages, Fragments fragments, AbbreviationExpansions expansions, NoteNumbers notes,
            boolean justified, TextStyle body, boolean footNotes) {
        this.pages = pages;
        this.fragments = fragments;
        this.expansions = expansions;
        this.numbers = notes;
        this.bodyStyle = body;
        this.foot = footNotes ? new FootNotes(this::footNote) : null;
        this.flow = new InlineFlow(fragments, expansions, notes, foot);
        this.figures = new FigureLayout(pages, flow, plain);
        this.tables = new TableLayout(pages, flow, plain);
        this.code = new CodeLayout(pages, fragments, plain);
        this.justified = justified;
        if (foot != null) {
            pages.footNotes(foot);
        }
    }

    /**
     * Lays out {@code document} under {@code root}, the root of its structure tree, and runs
     * {@code afterBlock} after each top-level block (with the notes it calls) and at the end.
     */
    void layout(Document document, Tag root, Runnable afterBlock) {
        rightToLeft = WritingDirection.ofLanguage(document.metadata().language()).rightToLeft();
        if (rightToLeft && foot != null) {
            foot.fromTheRight(pages.left() + pages.width());
        }
        document.notes().forEach(note -> notes.put(note.id(), note));
        fragments.at("the title block");
        titleBlock(document.metadata(), root);
        Outline outline = Outline.of(document);
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            pages.block(i);
            plain.reset();
            fragments.at(i, block);
            if (block instanceof Heading heading) {
                heading(heading, root, outline.at(i));
            } else {
                layout(block, root, pages.left(), pages.width(), 0, Typography.PARAGRAPH_GAP, rightToLeft);
            }
            pages.callNotes();
            afterBlock.run();
        }
        if (foot != null) {
            pages.finish();
        } else if (!document.notes().isEmpty()) {
            pages.block(blocks.size());
            plain.reset();
            fragments.at("the notes");
            new NoteLayout(this, pages).layout(document, root, levels.next(outline.entries().stream()
                    .mapToInt(Outline.Entry::level).min().orElse(1)));
        }
        afterBlock.run();
    }

    /** Lays out a heading of the structure level {@code level} that the model does not hold (Notes). */
    void extraHeading(String text, String id, int level, Tag root) {
        heading(new Heading(level, List.of(new Text(text))), root, Optional.of(new Outline.Entry(-1, level, text, id)),
                level);
    }

    /** Lays out a block of a note inside {@code note}, in the full measure. */
    void noteBlock(Block block, Tag note, boolean separate) {
        if (separate) {
            plain.separate();
        }
        layout(block, note, pages.left(), pages.width(), 0, Typography.PARAGRAPH_GAP, rightToLeft);
    }

    /**
     * The note {@code id} laid out for the foot of a page, in smaller type, inside {@code tag}: its
     * number first, linked back to its first reference, then its blocks.
     */
    private NoteBox footNote(String id, Tag tag) {
        PageLayout sheet = PageLayout.sheet(pages);
        BlockLayout inner = new BlockLayout(sheet, fragments, expansions, numbers, justified, NoteLayout.FOOT, false);
        inner.rightToLeft = rightToLeft;
        int number = numbers.number(id);
        sheet.add(new PageItem.Anchor(NoteNumbers.noteAnchor(number), sheet.left(), sheet.y()));
        List<Block> blocks = NoteLayout.numbered(notes.get(id), number);
        for (int i = 0; i < blocks.size(); i++) {
            inner.noteBlock(blocks.get(i), tag, i > 0);
        }
        return NoteBox.of(sheet);
    }

    private void titleBlock(Metadata metadata, Tag root) {
        textBlock(List.of(new Text(metadata.title())), root.child("H1"), Typography.TITLE, 6f);
        if (metadata.subtitle() != null) {
            textBlock(List.of(new Text(metadata.subtitle())), root.child("P"), Typography.SUBTITLE, 8f);
        }
        List<String> byline = new ArrayList<>(metadata.authors());
        byline.addAll(metadata.publishers());
        if (metadata.date() != null) {
            byline.add(metadata.date().toString());
        }
        if (!byline.isEmpty()) {
            textBlock(List.of(new Text(String.join(" · ", byline))), root.child("P"), Typography.BYLINE, 0f);
        }
        pages.gap(22f);
    }

    private void textBlock(List<Inline> content, Tag tag, TextStyle style, float gapAfter) {
        List<Line> lines = LineBreaker.lines(flow.tokens(content, style, tag, 0), pages.width());
        boolean mirrored = rightToLeft || PlainText.direction(content)
                .map(WritingDirection::rightToLeft).orElse(false);
        pages.placeLines(lines, pages.left(), pages.width(), style, Mirroring.start(mirrored), false);
        pages.gap(gapAfter);
    }

    /**
     * Lays out {@code block} in the measure from {@code x}; {@code inherited} is whether the block
     * around it is right to left, which a block without strong characters of its own follows.
     */
    private void layout(Block block, Tag parent, float x, float measure, int depth, float gapAfter,
            boolean inherited) {
        boolean rtl = rightToLeft(block, inherited);
        switch (block) {
            case Heading heading -> nestedHeading(heading, parent, x, measure, rtl);
            case Paragraph paragraph -> paragraph(paragraph, parent, x, measure, gapAfter, rtl);
            case ListBlock list -> list(list, parent, x, measure, depth, gapAfter, rtl);
            case Quote quote -> quote(quote, parent, x, measure, depth, rtl);
            case Table table -> {
                tables.layout(table, parent, x, measure, rtl);
                pages.gap(Typography.PARAGRAPH_GAP * 1.5f);
            }
            case Figure figure -> {
                figures.layout(figure, parent, x, measure);
                pages.gap(Typography.PARAGRAPH_GAP * 1.5f);
            }
            case CodeBlock c -> {
                code.layout(c, parent, x, measure);
                pages.gap(gapAfter);
            }
            case Break b -> thematicBreak(x, measure);
            case DefinitionList list -> definitions(list, parent, x, measure, depth, gapAfter, rtl);
            case Admonition admonition -> admonition(admonition, parent, x, measure, depth, rtl);
        }
    }

    /**
     * Whether {@code block} is laid out right to left: always in a right-to-left report, else when
     * its first strong character is right to left, or, with none, as the block around it.
     */
    private boolean rightToLeft(Block block, boolean inherited) {
        if (rightToLeft) {
            return true;
        }
        if (block instanceof CodeBlock) {
            return false;
        }
        return PlainText.direction(block).map(WritingDirection::rightToLeft).orElse(inherited);
    }

    /** The left edge of what is indented by {@code indent} from the start of the measure from {@code x}. */
    private static float indented(float x, float indent, boolean rtl) {
        return rtl ? x : x + indent;
    }

    /**
     * A definition list, tagged as a list without numbering: each entry an {@code LI} whose {@code Lbl}
     * is the term, set in bold and kept with its definitions, and whose {@code LBody} holds the
     * definitions, indented.
     */
    private void definitions(DefinitionList list, Tag parent, float x, float measure, int depth, float gapAfter,
            boolean rtl) {
        Tag tag = parent.child("L").listNumbering("None");
        float indent = indent(Typography.LIST_INDENT, measure);
        for (Definition definition : list.definitions()) {
            Tag li = tag.child("LI");
            plain.separate();
            int start = plain.advance(definition.term());
            TextStyle style = bodyStyle.emboldened();
            List<Line> lines = LineBreaker.lines(flow.tokens(definition.term(), style, li.child("Lbl"), start), measure);
            pages.ensure(lines.size() * style.leading());
            pages.keepWithNext(() -> pages.placeLines(lines, x, measure, style, Mirroring.start(rtl), false));
            pages.gap(ITEM_GAP);
            Tag body = li.child("LBody");
            for (List<Block> detail : definition.details()) {
                for (Block block : detail) {
                    plain.separate();
                    layout(block, body, indented(x, indent, rtl), measure - indent, depth + 1, ITEM_GAP, rtl);
                }
            }
            pages.gap(ITEM_GAP);
        }
        pages.gap(gapAfter);
    }

    /**
     * An admonition: a {@code Div} holding its title, a bold paragraph kept with what follows, then its
     * blocks, indented, with a rule down its left side like a quote's but heavier.
     */
    private void admonition(Admonition admonition, Tag parent, float x, float measure, int depth, boolean rtl) {
        Tag tag = parent.child("Div");
        float indent = indent(Typography.QUOTE_INDENT, measure);
        int startPage = pages.pageIndex();
        float startY = pages.y();
        plain.separate();
        int start = plain.advance(admonition.heading());
        TextStyle style = bodyStyle.emboldened();
        List<Line> lines = LineBreaker.lines(flow.tokens(admonition.heading(), style, tag.child("P"), start),
                measure - indent);
        pages.ensure(lines.size() * style.leading());
        float inner = indented(x, indent, rtl);
        pages.keepWithNext(() -> pages.placeLines(lines, inner, measure - indent, style, Mirroring.start(rtl),
                false));
        pages.gap(ITEM_GAP);
        for (Block block : admonition.blocks()) {
            plain.separate();
            layout(block, tag, inner, measure - indent, depth, Typography.PARAGRAPH_GAP, rtl);
        }
        sideRule(startPage, startY, rtl ? x + measure - 4f : x + 4f, 3f);
    }

    private void heading(Heading heading, Tag root, Optional<Outline.Entry> entry) {
        heading(heading, root, entry, levels.next(heading.level()));
    }

    private void heading(Heading heading, Tag root, Optional<Outline.Entry> entry, int level) {
        TextStyle style = Typography.heading(level);
        pages.gap(Typography.headingGapAbove(level));
        Tag tag = root.child("H" + level);
        int start = plain.advance(heading.content());
        List<Line> lines = LineBreaker.lines(flow.tokens(heading.content(), style, tag, start), pages.width());
        pages.ensure(lines.size() * style.leading());
        Table.Alignment alignment = Mirroring.start(rightToLeft(heading, false));
        pages.keepWithNext(() -> {
            entry.ifPresent(e -> pages.add(new PageItem.Bookmark(e.text(), level, e.id(), pages.left(), pages.y())));
            pages.placeLines(lines, pages.left(), pages.width(), style, alignment, false);
        });
        pages.gap(4f);
    }

    private void nestedHeading(Heading heading, Tag parent, float x, float measure, boolean rtl) {
        int level = levels.next(heading.level());
        TextStyle style = Typography.heading(level);
        Tag tag = parent.child("H" + level);
        int start = plain.advance(heading.content());
        List<Line> lines = LineBreaker.lines(flow.tokens(heading.content(), style, tag, start), measure);
        pages.ensure(lines.size() * style.leading());
        pages.keepWithNext(() -> pages.placeLines(lines, x, measure, style, Mirroring.start(rtl), false));
        pages.gap(4f);
    }

    private void paragraph(Paragraph paragraph, Tag parent, float x, float measure, float gapAfter, boolean rtl) {
        Tag tag = parent.child("P");
        int start = plain.advance(paragraph.content());
        List<Line> lines = LineBreaker.lines(flow.tokens(paragraph.content(), bodyStyle, tag, start), measure);
        pages.placeLines(lines, x, measure, bodyStyle, Mirroring.start(rtl), justified);
        pages.gap(gapAfter);
    }

    private void list(ListBlock list, Tag parent, float x, float measure, int depth, float gapAfter, boolean rtl) {
        Tag tag = parent.child("L").listNumbering(list.ordered() ? "Decimal" : BULLET_NAMES[depth % 3]);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            ListItem item = list.items().get(i);
            String label = list.ordered() ? (list.start() + i) + "." : BULLETS[depth % 3];
            if (item.isTask()) {
                label = list.ordered() ? label + " " + item.task().box() : item.task().box();
            }
            labels.add(label);
        }
        float labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, width(label));
        }
        float indent = indent(Math.max(Typography.LIST_INDENT, labelWidth + LABEL_GAP), measure);
        for (int i = 0; i < list.items().size(); i++) {
            ListItem item = list.items().get(i);
            Tag li = tag.child("LI");
            Tag label = li.child("Lbl").holdContent();
            Tag body = li.child("LBody");
            if (rtl) {
                mirroredLabel(labels.get(i), label, x + measure - indent + LABEL_GAP);
            } else {
                pages.label(fragments.of(labels.get(i), Face.REGULAR, bodyStyle.size(), Typography.TEXT, label, null),
                        x, Math.max(0, indent - LABEL_GAP));
            }
            for (Block block : item.blocks()) {
                plain.separate();
                layout(block, body, indented(x, indent, rtl), measure - indent, depth + 1, ITEM_GAP, rtl);
            }
        }
        pages.gap(gapAfter);
    }

    /**
     * A list label to the right of its item, from {@code left} on: its pieces set from the right in
     * reading order, so {@code 1.} shows its full stop on the side of the text and is read "1.".
     */
    private void mirroredLabel(String text, Tag label, float left) {
        List<String> pieces = Mirroring.labelPieces(text);
        float right = left + width(text);
        for (String piece : pieces) {
            List<Fragment> drawn = fragments.of(piece, Face.REGULAR, bodyStyle.size(), Typography.TEXT, label, null);
            float pieceWidth = Fragment.width(drawn);
            right -= pieceWidth;
            pages.label(drawn, right, pieceWidth);
        }
    }

    /** {@code wanted}, or less when it would leave a measure narrower than the minimum. */
    private static float indent(float wanted, float measure) {
        return Math.max(0, Math.min(wanted, measure - MIN_MEASURE));
    }

    private float width(String label) {
        return Fragment.width(fragments.of(label, Face.REGULAR, bodyStyle.size(), Typography.TEXT, null, null));
    }

    private void quote(Quote quote, Tag parent, float x, float measure, int depth, boolean rtl) {
        Tag tag = parent.child("BlockQuote");
        float indent = indent(Typography.QUOTE_INDENT, measure);
        int startPage = pages.pageIndex();
        float startY = pages.y();
        for (Block block : quote.blocks()) {
            plain.separate();
            layout(block, tag, indented(x, indent, rtl), measure - indent, depth, Typography.PARAGRAPH_GAP, rtl);
        }
        sideRule(startPage, startY, rtl ? x + measure - 4f : x + 4f, 2f);
    }

    /** A vertical rule at {@code ruleX} from where a block started down to where it ends, page by page. */
    private void sideRule(int startPage, float startY, float ruleX, float width) {
        float endY = pages.y() + Typography.PARAGRAPH_GAP;
        for (int p = startPage; p <= pages.pageIndex(); p++) {
            float top = p == startPage ? startY : pages.top();
            float bottom = p == pages.pageIndex() ? endY : pages.bottom(p);
            if (top > bottom) {
                pages.add(p, new PageItem.Rule(Mark.Artifact.LAYOUT, ruleX, top, ruleX, bottom, width, Typography.RULE));
            }
        }
    }

    private void thematicBreak(float x, float measure) {
        pages.ensure(24f);
        pages.gap(6f);
        float y = pages.y() - 6f;
        pages.add(new PageItem.Rule(Mark.Artifact.LAYOUT, x + measure / 3, y, x + 2 * measure / 3, y, 0.8f,
                Typography.RULE));
        pages.advance(12f);
        pages.gap(6f);
    }

    /** The block at {@code index} as messages name it: {@code block 2 (paragraph "London and …")}. */
    static String describe(int index, Block block) {
        String text = PlainText.of(block).replaceAll("\\s+", " ").strip();
        if (text.length() > 40) {
            text = text.substring(0, 40) + "…";
        }
        return "block " + (index + 1) + " (" + block.kind() + (text.isEmpty() ? "" : " \"" + text + "\"") + ")";
    }
}
