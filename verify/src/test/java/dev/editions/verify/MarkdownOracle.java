package dev.editions.verify;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reader of a Markdown file sees, taken from flexmark's own syntax tree and not from our
 * reader, so it can judge our reader and writers: the words of the title and the body in order, those
 * of each footnote apart (the
 * rest of the front matter, link
 * addresses, reference and abbreviation definitions, HTML tags and comments left out), the text of
 * every code block, and the alt text of every image (which editions give as alt text, not as text).
 */
final class MarkdownOracle {
    private static final Pattern TASK_MARKER = Pattern.compile("^\\[[ xX]\\]\\s");
    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#[^}]*\\}\\s*$");
    private static final Pattern TAG_OR_COMMENT = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);
    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
            TablesExtension.create(), FootnoteExtension.create(), YamlFrontMatterExtension.create(),
            AbbreviationExtension.create()))).build();

    /** What a reader does not see: definitions, footnote labels (editions number notes themselves), HTML tags, comments and entities. */
    private static final Set<Class<? extends Node>> SKIPPED = Set.of(Reference.class, Footnote.class,
            AbbreviationBlock.class, HtmlCommentBlock.class, HtmlInline.class, HtmlInlineComment.class,
            HtmlEntity.class);

    private final List<String> words = new ArrayList<>();
    private final List<String> code = new ArrayList<>();
    private final List<String> alts = new ArrayList<>();
    private final List<List<String>> notes = new ArrayList<>();

    private MarkdownOracle(String markdown) {
        walk(PARSER.parse(markdown));
    }

    /** Reads {@code markdown}. */
    static MarkdownOracle of(String markdown) {
        return new MarkdownOracle(markdown);
    }

    /** The words a reader of the file reads, in order, in lower case. */
    List<String> words() {
        return words;
    }

    /** The text of each code block, fenced or indented, without its closing line end. */
    List<String> codeBlocks() {
        return code;
    }

    /** The words of each footnote, which editions number and place themselves (not part of {@link #words()}). */
    List<List<String>> notes() {
        return notes;
    }

    /** The alt text of every image that has one, white space collapsed. */
    List<String> altTexts() {
        return alts;
    }

    /** The words of {@code text} as {@link #words()} counts them: an ideograph or kana is a word. */
    static List<String> words(String text) {
        return ModelWords.of(text);
    }

    private void walk(Node node) {
        if (node instanceof YamlFrontMatterBlock front) {
            title(front);
            return;
        }
        if (SKIPPED.contains(node.getClass())) {
            return;
        }
        if (node instanceof FootnoteBlock note) {
            MarkdownOracle inner = new MarkdownOracle("");
            for (Node child = note.getFirstChild(); child != null; child = child.getNext()) {
                inner.walk(child);
            }
            notes.add(inner.words);
            code.addAll(inner.code);
            alts.addAll(inner.alts);
            return;
        }
        switch (node) {
            case FencedCodeBlock fenced -> {
                addCode(fenced.getContentChars().toString());
                return;
            }
            case IndentedCodeBlock indented -> {
                addCode(indented.getContentChars().toString());
                return;
            }
            case HtmlBlock html -> {
                words.addAll(words(TAG_OR_COMMENT.matcher(html.getChars().toString()).replaceAll(" ")));
                return;
            }
            case Code inline -> {
                words.addAll(words(inline.getText().toString()));
                return;
            }
            case AutoLink link -> {
                words.addAll(words(link.getText().toString()));
                return;
            }
            case MailLink link -> {
                words.addAll(words(link.getText().toString()));
                return;
            }
            case Image image -> {
                addAlt(image.getText().toString());
                return;
            }
            case ImageRef image -> {
                addAlt(image.getText().toString());
                return;
            }
            case Abbreviation abbreviation -> {
                words.addAll(words(abbreviation.getChars().toString()));
                return;
            }
            case Text text -> {
                words.addAll(words(text(text)));
                return;
            }
            default -> {
                // Containers: their children hold the text.
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child);
        }
    }

    /** The front matter's title, which every edition shows. */
    private void title(YamlFrontMatterBlock front) {
        for (Node child = front.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof YamlFrontMatterNode entry && entry.getKey().equals("title")) {
                entry.getValues().forEach(value -> words.addAll(words(value)));
            }
        }
    }

    /** A text node's characters, without a task item's box or a heading's {@code {#id}}. */
    private static String text(Text text) {
        String chars = text.getChars().toString();
        if (text.getPrevious() == null && text.getParent() != null && text.getParent().getParent() != null
                && text.getParent().getParent().getClass().getSimpleName().endsWith("ListItem")) {
            chars = TASK_MARKER.matcher(chars).replaceFirst("");
        }
        if (text.getNext() == null && text.getParent() instanceof com.vladsch.flexmark.ast.Heading) {
            chars = HEADING_ID.matcher(chars).replaceFirst("");
        }
        return chars;
    }

    private void addAlt(String alt) {
        String collapsed = alt.strip().replaceAll("\\s+", " ");
        if (!collapsed.isEmpty()) {
            alts.add(collapsed);
        }
    }

    private void addCode(String content) {
        code.add(content.endsWith("\n") ? content.substring(0, content.length() - 1) : content);
    }
}
