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
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.model.Inline;
import dev.editions.model.InlineImage;
import dev.editions.model.Keyboard;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.LanguageTag;
import dev.editions.text.PlainText;
import dev.editions.model.NoteReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns flexmark inline nodes into model inlines. Raw HTML is never passed through: an element
 * {@code <span lang="…">} becomes a {@link LanguageSpan}, {@code <sup>}, {@code <sub>} and
 * {@code <kbd>} (opened and closed within one paragraph) superscript, subscript and keys,
 * {@code <br>} a line break, and any other tag is dropped while the text around it is kept, with a
 * warning for each opening tag. Strikethrough ({@code ~~…~~}) is read as GitHub reads it, and so are
 * bare web and e-mail addresses, which become links ({@code www.…} to {@code http://www.…}). An image where no figure can stand
 * (e.g. inside a link) is replaced by its alt text, with a warning.
 */
final class InlineConverter {
    /** An address with a scheme, such as {@code https:} or {@code mailto:}. */
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private static final Pattern SPAN_OPEN = Pattern.compile("<span\\s+lang\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*>",
            Pattern.CASE_INSENSITIVE);
    /** The opening of an element whose closing tag is looked for: any span, or a bare sup, sub or kbd. */
    private static final Pattern PAIRED_OPEN = Pattern.compile("<(span)(?:\\s[^>]*)?>|<(sup|sub|kbd)\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAIRED_CLOSE = Pattern.compile("</(span|sup|sub|kbd)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private final ReadContext context;
    private int depth;
    /** How many links' texts are being read now. */
    private int linkText;
    /** Whether a heading is being read, where pictures give way to their alt text. */
    private boolean inHeading;

    /** A picture read from an image node, with its alt text and title as written. */
    record Picture(dev.editions.model.Image image, String alt, String title) {
    }

    InlineConverter(ReadContext context) {
        this.context = context;
    }

    /** The inlines of {@code parent}'s children, trimmed, with adjacent texts merged. */
    List<Inline> children(Node parent, boolean inTable) {
        return Inlines.tidy(convert(childList(parent), inTable));
    }

    /** The inlines of a heading, where pictures are replaced by their alt text with a warning. */
    List<Inline> heading(Node heading) {
        inHeading = true;
        try {
            return children(heading, false);
        } finally {
            inHeading = false;
        }
    }

    /**
     * The picture of an image node, loaded as the report's pictures are.
     *
     * @throws ImageUnavailable when the picture is remote, missing or outside the report's folder
     */
    Picture picture(Node image) {
        String address;
        String title;
        if (image instanceof Image inline) {
            address = inline.getUrl().unescape();
            title = inline.getTitle().unescape();
        } else {
            ImageRef ref = (ImageRef) image;
            Reference reference = ref.isDefined() ? ref.getReferenceNode(context.parsed()) : null;
            if (reference == null) {
                throw context.error(image, "the image reference " + ref.getChars() + " is not defined");
            }
            address = reference.getUrl().unescape();
            title = reference.getTitle().unescape();
        }
        address = context.legal(image, address, "an image address");
        title = context.legal(image, title, "an image title");
        String alt = PlainText.of(children(image, false)).replaceAll("\\s+", " ").strip();
        return new Picture(context.images().load(address, context.line(image)), alt, title);
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
            int[] closes = closes(nodes);
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
            case Strikethrough struck -> Inlines.addMarked(Inlines.Mark.STRIKETHROUGH,
                    convert(childList(struck), inTable), out);
            case Code code -> Inlines.addCode(Inlines.codeSpan(code.getText().toString(), inTable), out);
            case MathSyntax.InlineMath math -> out.add(dev.editions.model.Code.math(
                    context.legal(math, math.tex(inTable), "a formula")));
            case SoftLineBreak soft -> Inlines.addText(" ", out);
            case HardLineBreak hard -> out.add(LineBreak.INSTANCE);
            case HtmlEntity entity -> Inlines.addText(context.legal(entity, entity.getChars().unescape(),
                    "a character reference"), out);
            case HtmlInlineComment comment -> context.warn(node, "html.comment", "an HTML comment was left out");
            case Link link -> addLink(link, link.getUrl().unescape(), link.getTitle().unescape(),
                    linkText(link, inTable), out);
            case AutoLink link -> autoLink(link, out);
            case MailLink mail -> Inlines.addLink("mailto:" + mail.getText(), null,
                    List.of(new dev.editions.model.Text(mail.getText().toString())), out);
            case LinkRef ref -> linkRef(ref, inTable, out);
            case Footnote footnote -> footnote(footnote, out);
            case Image image -> image(image, image.getUrl().unescape(), inTable, out);
            case ImageRef image -> image(image, image.getReference().unescape(), inTable, out);
            default -> out.addAll(convert(childList(node), inTable));
        }
    }

    /**
     * An address in angle brackets, or a bare one the GFM extension found in text, which keeps its text
     * as written ({@code www.example.org} links to {@code http://www.example.org}).
     */
    private void autoLink(AutoLink link, List<Inline> out) {
        String text = link.getText().toString();
        if (!link.getOpeningMarker().isEmpty()) {
            addLink(link, text, null, List.of(), out);
            return;
        }
        String target = text.regionMatches(true, 0, "www.", 0, 4) ? "http://" + text : text;
        addLink(link, target, null, List.of(new dev.editions.model.Text(context.legal(link, text, "a link"))), out);
    }

    private void linkRef(LinkRef ref, boolean inTable, List<Inline> out) {
        Reference reference = ref.isDefined() ? ref.getReferenceNode(context.parsed()) : null;
        if (reference == null) {
            Inlines.addText(oneLine(ref.getChars().unescape()), out);
            return;
        }
        addLink(ref, reference.getUrl().unescape(), reference.getTitle().unescape(),
                linkText(ref, inTable), out);
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

    /**
     * A reference to a footnote; one that cannot be a note reference keeps its text ({@code [^x]}),
     * with a warning: a reference to no definition or to an empty one, one inside a footnote, and one
     * inside a link's text.
     */
    private void footnote(Footnote footnote, List<Inline> out) {
        FootnoteBlock note = footnote.getReferenceNode(context.parsed());
        Footnotes footnotes = context.footnotes();
        String why = note == null ? "no footnote '" + footnote.getText() + "' is defined"
                : footnotes.reading() ? "a footnote does not refer to another footnote"
                : linkText > 0 ? "a reference inside the text of a link cannot link to its note"
                : footnotes.isEmpty(note) ? "the footnote is empty" : null;
        if (why == null) {
            out.add(new NoteReference(String.valueOf(footnotes.numberOf(note))));
            return;
        }
        String text = oneLine(footnote.getChars().unescape());
        context.warn(footnote, "footnote.reference", "the footnote reference '" + text + "' is kept as text: " + why);
        Inlines.addText(text, out);
    }

    /** The inlines of a link's text, where a footnote reference stays text. */
    private List<Inline> linkText(Node link, boolean inTable) {
        linkText++;
        try {
            return convert(childList(link), inTable);
        } finally {
            linkText--;
        }
    }

    /** Markup kept as text, with its line ends as spaces, as soft line breaks are read elsewhere. */
    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }

    /**
     * Handles the HTML tag at {@code at}, whose matching closing tag is at {@code close} (-1 if none);
     * returns the index of the last node consumed.
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
        Matcher paired = PAIRED_OPEN.matcher(tag);
        if (close > 0 && paired.matches() && paired.group(2) != null) {
            List<Inline> content = Inlines.merge(convert(nodes.subList(at + 1, close), inTable));
            String element = paired.group(2).toLowerCase(Locale.ROOT);
            if (element.equals("kbd")) {
                keys(html, content, out);
            } else {
                Inlines.addMarked(element.equals("sup") ? Inlines.Mark.SUPERSCRIPT : Inlines.Mark.SUBSCRIPT, content,
                        out);
            }
            return close;
        }
        if (!tag.startsWith("</")) {
            context.warn(html, "html.tag", "the HTML tag " + tag + " was left out; Markdown sources may use only"
                    + " <span lang=\"…\">, <sup>, <sub>, <kbd> and <br>");
        }
        return at;
    }

    /** Keys to press: the plain text of {@code content}, with a warning when it had marks, which are left out. */
    private void keys(Node html, List<Inline> content, List<Inline> out) {
        String keys = PlainText.of(content);
        if (content.stream().anyMatch(inline -> !(inline instanceof dev.editions.model.Text))) {
            context.warn(html, "html.kbd", "the marks inside <kbd> were left out and its text kept: keys are"
                    + " plain text");
        }
        if (keys.isBlank()) {
            Inlines.addText(keys, out);
        } else {
            out.add(new Keyboard(keys));
        }
    }

    /**
     * For each opening {@code <span …>}, {@code <sup>}, {@code <sub>} or {@code <kbd>} in {@code nodes},
     * the index of its matching closing tag of the same name, else -1.
     */
    private static int[] closes(List<Node> nodes) {
        int[] closes = new int[nodes.size()];
        Arrays.fill(closes, -1);
        Map<String, Deque<Integer>> open = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof HtmlInline html) {
                String tag = html.getChars().toString();
                Matcher opening = PAIRED_OPEN.matcher(tag);
                Matcher closing = PAIRED_CLOSE.matcher(tag);
                if (opening.matches()) {
                    String name = opening.group(1) != null ? opening.group(1) : opening.group(2);
                    open.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayDeque<>()).push(i);
                } else if (closing.matches()) {
                    Deque<Integer> same = open.get(closing.group(1).toLowerCase(Locale.ROOT));
                    if (same != null && !same.isEmpty()) {
                        closes[same.pop()] = i;
                    }
                }
            }
        }
        return closes;
    }

    /**
     * An image in a line of text (beside words, inside a link, table cell or emphasis): a picture in
     * the line. When the picture cannot be read its alt text stands in its place, with a warning; in a
     * heading, which is also an outline entry, the alt text always does.
     */
    private void image(Node image, String address, boolean inTable, List<Inline> out) {
        if (inHeading) {
            List<Inline> alt = convert(childList(image), inTable);
            context.warn(image, "image.inline", "the image '" + oneLine(address) + "' inside a heading cannot be"
                    + " placed, so " + (alt.isEmpty() ? "it was left out (it has no alt text)"
                    : "its alt text was kept") + "; put the image in a paragraph of its own");
            out.addAll(alt);
            return;
        }
        try {
            Picture picture = picture(image);
            out.add(picture.alt().isEmpty() ? InlineImage.decorative(picture.image())
                    : InlineImage.of(picture.image(), picture.alt()));
        } catch (ImageUnavailable e) {
            List<Inline> alt = convert(childList(image), inTable);
            context.warn(image, e.code(), e.getMessage() + (alt.isEmpty() ? "; it has no alt text, so nothing"
                    + " stands in its place" : "; its alt text stands in its place"));
            out.addAll(alt);
        }
    }
}
