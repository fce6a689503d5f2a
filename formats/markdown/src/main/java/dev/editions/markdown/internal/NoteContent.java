package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import dev.editions.model.Block;
import dev.editions.model.Heading;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of a footnote as a note can hold them: a heading, which a note cannot hold (it is no
 * section of the report), becomes a paragraph of its text, with a warning.
 */
final class NoteContent {
    private NoteContent() {
    }

    static List<Block> of(List<Block> blocks, FootnoteBlock definition, ReadContext context) {
        boolean[] changed = {false};
        List<Block> out = withoutHeadings(blocks, changed);
        if (changed[0]) {
            context.warn(definition, "footnote.heading", "a heading inside the footnote '" + definition.getText()
                    + "' is kept as a paragraph, as a note holds no headings");
        }
        return out;
    }

    private static List<Block> withoutHeadings(List<Block> blocks, boolean[] changed) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                changed[0] = true;
                out.add(new Paragraph(heading.content()));
            } else if (block instanceof ListBlock list) {
                out.add(new ListBlock(list.ordered(), list.start(), list.items().stream()
                        .map(item -> new ListItem(withoutHeadings(item.blocks(), changed))).toList()));
            } else if (block instanceof Quote quote) {
                out.add(new Quote(withoutHeadings(quote.blocks(), changed)));
            } else {
                out.add(block);
            }
        }
        return out;
    }
}
