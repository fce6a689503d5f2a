package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.InlineRewriter;
import dev.editions.model.Text;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites every text run of a document's blocks (and notes), however deeply nested, with one function. A run
 * the function empties is dropped, unless that would empty its container. Code is left as it is.
 */
final class TextMapper {
    private final InlineRewriter rewriter;

    TextMapper(UnaryOperator<String> function) {
        this.rewriter = new InlineRewriter(inline -> {
            if (inline instanceof Text text) {
                String result = function.apply(text.text());
                return result.isEmpty() ? List.of() : List.of(result.equals(text.text()) ? text : new Text(result));
            }
            return List.of(inline);
        });
    }

    List<Block> blocks(List<Block> blocks) {
        return rewriter.blocks(blocks);
    }

    /** {@code document} with the text of its blocks and notes rewritten. */
    Document document(Document document) {
        return rewriter.document(document);
    }
}
