package dev.editions.markdown.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.LanguageTag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns flexmark inline nodes into model inlines. Raw HTML is never passed through: an element
 * {@code <span lang="…">} becomes a {@link LanguageSpan}, {@code <br>} a line break, and any other tag
 * is dropped while the text around it is kept, with a warning for each opening tag. An image where no figure can stand
 * (e.g. inside a link) is replaced by its alt text, with a warning.
 */
final class InlineConverter {
    /** An address with a scheme, such as {@code https:} or {@code mailto:}. */
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private static final Pattern SPAN_OPEN = Pattern.compile("<span\\s+lang\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_ANY_OPEN = Pattern.compile("<span(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_CLOSE = Pattern.compile("</span\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private final ReadContext context;
    private int depth;

    InlineConverter(ReadContext context) {
        this.context = context;
    }

    /** The inlines of {@code parent}'s children, trimmed, with adjacent texts merged. */
    List<Inline> children(Node parent, boolean inTable) {
        return Inlines.tidy(convert(childList(parent), inTable));
    }

    /** The inlines of {@code nodes}, trimmed, with adjacent texts merged. */
    List<Inline> of(List<Node> nodes) {
        return Inlines.tidy(convert(nodes, false));
    }

    static List<Node> childList(Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(child);
        }
        return nodes;
    }

    private List<Inline> convert(List<Node> nodes, boolean inTable) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        if (depth == SourceLimits.MAX_DEPTH) {
            throw context.error(nodes.get(0), "emphasis, links and language spans are nested more than "
                    + SourceLimits.MAX_DEPTH + " levels deep; at most " + SourceLimits.MAX_DEPTH + " are read");
        }
        depth++;
        try {
            int[] closes = spanCloses(nodes);
            List<Inline> out = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                if (node instanceof HtmlInline html) {
                    i = html(nodes, i, closes[i], html, inTable, out);
                } else {
                    convert(node, inTable, out);
                }
            }
            return out;
        } finally {
            depth--;
        }
    }

    private void convert(Node node, boolean inTable, List<Inline> out) {
        switch (node) {
            case Text text -> context.abbreviations().mark(text.getChars().unescape(), out);
            case TextBase base -> out.addAll(convert(childList(base), inTable));
            case StrongEmphasis strong -> Inlines.addStrong(convert(childList(strong), inTable), out);
            case Emphasis emphasis -> Inlines.addEmphasis(convert(childList(emphasis), inTable), out);
            case Code code -> Inlines.addCode(Inlines.codeSpan(code.getText().toString(), inTable), out);
            case MathSyntax.InlineMath math -> out.add(dev.editions.model.Code.math(
                    context.legal(math, math.tex(inTable), "a formula")));
            case SoftLineBreak soft -> Inlines.addText(" ", out);
            case HardLineBreak hard -> out.add(LineBreak.INSTANCE);
            case HtmlEntity entity -> Inlines.addText(context.legal(entity, entity.getChars().unescape(),
                    "a character reference"), out);
            case HtmlInlineComment comment -> context.warn(node, "html.comment", "an HTML comment was left out");
            case Link link -> addLink(link, link.getUrl().unescape(), link.getTitle().unescape(),
                    convert(childList(link), inTable), out);
            case AutoLink link -> addLink(link, link.getText().toString(), null, List.of(), out);
            case MailLink mail -> Inlines.addLink("mailto:" + mail.getText(), null,
                    List.of(new dev.editions.model.Text(mail.getText().toString())), out);
            case LinkRef ref -> linkRef(ref, inTable, out);
            case Footnote footnote -> footnote(footnote, out);
            case Image image -> misplacedImage(image, image.getUrl().unescape(), inTable, out);
            case ImageRef image -> misplacedImage(image, image.getReference().unescape(), inTable, out);
            default -> out.addAll(convert(childList(node), inTable));
        }
    }

    private void linkRef(LinkRef ref, boolean inTable, List<Inline> out) {
        Reference reference = ref.isDefined() ? ref.getReferenceNode(context.parsed()) : null;
        if (reference == null) {
            Inlines.addText(oneLine(ref.getChars().unescape()), out);
            return;
        }
        addLink(ref, reference.getUrl().unescape(), reference.getTitle().unescape(),
                convert(childList(ref), inTable), out);
    }

    /**
     * A link, unless its address is relative (editions are distributed on their own, where a relative
     * address leads nowhere) or of a kind no edition may carry ({@code javascript:}, {@code data:},
     * {@code file:}): such a link keeps only its text, with a warning.
     */
    private void addLink(Node node, String given, String givenTitle, List<Inline> content, List<Inline> out) {
        String target = context.legal(node, given, "a link address");
        String title = givenTitle == null ? null : context.legal(node, givenTitle, "a link title");
        String address = target.strip();
        if (!address.isEmpty() && !address.startsWith("#") && !ABSOLUTE.matcher(address).lookingAt()) {
            keepText(node, address, content, out, "link.relative", "a relative address leads nowhere once the"
                    + " editions are distributed; give a full address (https://…) or a heading anchor (#…)");
            return;
        }
        if (!dev.editions.model.Link.isAllowedTarget(address)) {
            keepText(node, address, content, out, "link.scheme",
                    "only http, https and mailto addresses and heading anchors (#…) are links in the editions");
            return;
        }
        if (!dev.editions.model.Link.isWellFormed(address)) {
            keepText(node, address, content, out, "link.invalid", "the address is not valid even with its"
                    + " unusual characters percent-encoded");
            return;
        }
        if (address.startsWith("#")) {
            context.linkedAnchor(address.substring(1), node);
        }
        Inlines.addLink(target, title, content, out);
    }

    private void keepText(Node node, String address, List<Inline> content, List<Inline> out, String code,
            String why) {
        context.warn(node, code, "the link to '" + address + "' was left out and its text kept: " + why);
        if (content.isEmpty()) {
            Inlines.addText(address, out);
        }
        out.addAll(content);
    }

    private void footnote(Footnote footnote, List<Inline> out) {
        FootnoteBlock note = footnote.getReferenceNode(context.parsed());
        if (note == null) {
            Inlines.addText(oneLine(footnote.getChars().unescape()), out);
            return;
        }
        Inlines.addText("[" + context.footnotes().numberOf(note) + "]", out);
    }

    /** Markup kept as text, with its line ends as spaces, as soft line breaks are read elsewhere. */
    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }

    /**
     * Handles the HTML tag at {@code at}, whose matching {@code </span>} is at {@code close} (-1 if
     * none); returns the index of the last node consumed.
     */
    private int html(List<Node> nodes, int at, int close, HtmlInline html, boolean inTable, List<Inline> out) {
        String tag = html.getChars().toString();
        if (BREAK.matcher(tag).matches()) {
            out.add(LineBreak.INSTANCE);
            return at;
        }
        Matcher open = SPAN_OPEN.matcher(tag);
        if (open.matches()) {
            String language = open.group(1) != null ? open.group(1) : open.group(2);
            if (close > 0 && LanguageTag.isWellFormed(language)) {
                List<Inline> content = Inlines.merge(convert(nodes.subList(at + 1, close), inTable));
                if (!content.isEmpty()) {
                    out.add(new LanguageSpan(language, content));
                }
                return close;
            }
        }
        if (!tag.startsWith("</")) {
            context.warn(html, "html.tag", "the HTML tag " + tag + " was left out; Markdown sources may use only"
                    + " <span lang=\"…\"> and <br>");
        }
        return at;
    }

    /** For each {@code <span …>} in {@code nodes}, the index of its matching {@code </span>}, else -1. */
    private static int[] spanCloses(List<Node> nodes) {
        int[] closes = new int[nodes.size()];
        Arrays.fill(closes, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof HtmlInline html) {
                String tag = html.getChars().toString();
                if (SPAN_ANY_OPEN.matcher(tag).matches()) {
                    open.push(i);
                } else if (SPAN_CLOSE.matcher(tag).matches() && !open.isEmpty()) {
                    closes[open.pop()] = i;
                }
            }
        }
        return closes;
    }

    /**
     * An image where no figure can stand (inside a link, heading, table cell or emphasis, e.g. a badge
     * linking to a project page): its alt text is kept in its place, with a warning.
     */
    private void misplacedImage(Node image, String address, boolean inTable, List<Inline> out) {
        List<Inline> alt = convert(childList(image), inTable);
        context.warn(image, "image.inline", "the image '" + oneLine(address) + "' inside a link, heading, table cell"
                + " or emphasis cannot be placed, so " + (alt.isEmpty() ? "it was left out (it has no alt text)"
                : "its alt text was kept") + "; put the image in a paragraph of its own");
        out.addAll(alt);
    }
}
