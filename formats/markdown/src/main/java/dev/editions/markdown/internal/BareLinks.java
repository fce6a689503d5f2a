package dev.editions.markdown.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * Extended autolinks: bare {@code https://…}, {@code www.…} and e-mail addresses become links, as
 * flexmark's autolink extension makes them, but a text that cannot hold one is passed over before its
 * costly scan. A link needs a colon ({@code scheme:}), an at sign or {@code "ww."} in the unescaped
 * text; an escape ({@code \}) or a character reference ({@code &}) may make one, so those texts are
 * scanned too.
 */
final class BareLinks extends NodePostProcessorFactory {
    BareLinks() {
        super(false);
        addNodes(Text.class);
    }

    /** Whether the text {@code chars} may hold a bare link once unescaped. */
    static boolean mayHoldLink(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@' || c == '\\' || c == '&'
                    || c == '.' && i >= 2 && chars.charAt(i - 1) == 'w' && chars.charAt(i - 2) == 'w') {
                return true;
            }
        }
        return false;
    }

    @Override
    public NodePostProcessor apply(Document document) {
        AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
        return new NodePostProcessor() {
            @Override
            public void process(NodeTracker state, Node node) {
                if (mayHoldLink(node.getChars())) {
                    links.process(state, node);
                }
            }
        };
    }
}
