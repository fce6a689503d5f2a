package dev.editions.markdown.internal;

import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attributes that pandoc, kramdown, Python-Markdown and MkDocs let a heading end with:
 * {@code ## Findings {#findings}} gives the heading the id {@code findings}. Classes and key-value
 * pairs ({@code {#id .unnumbered lang=fr}}, {@code {-}}) are taken off the text too but not kept;
 * braces holding anything else ({@code ## The set {x}}) are text.
 */
final class HeadingAttributes {
    private static final Pattern BLOCK = Pattern.compile("\\s*\\{([^{}]*)\\}\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("#[^\\s#{}]+|\\.[\\p{L}\\p{N}_-]+|[\\p{L}\\p{N}_-]+=\\S*|-");

    private HeadingAttributes() {
    }

    /**
     * A heading of {@code level} whose text is {@code content}, with the id its attributes give;
     * {@code source} is the heading's markup, where an escaped brace ({@code \{#x\}}) is text.
     */
    static Heading heading(int level, List<Inline> content, String source) {
        Matcher written = BLOCK.matcher(source);
        if (!written.find() || written.start(1) >= 2 && source.charAt(written.start(1) - 2) == '\\'
                || content.isEmpty() || !(content.get(content.size() - 1) instanceof Text last)) {
            return new Heading(level, content);
        }
        Matcher block = BLOCK.matcher(last.text());
        if (!block.find()) {
            return new Heading(level, content);
        }
        String id = null;
        String[] tokens = block.group(1).strip().split("\\s+");
        for (String token : tokens) {
            if (!ATTRIBUTE.matcher(token).matches()) {
                return new Heading(level, content);
            }
            if (token.startsWith("#") && id == null) {
                id = token.substring(1);
            }
        }
        List<Inline> text = new ArrayList<>(content.subList(0, content.size() - 1));
        text.add(new Text(last.text().substring(0, block.start())));
        List<Inline> tidied = Inlines.oneLine(text);
        return tidied.isEmpty() ? new Heading(level, content) : new Heading(level, tidied, id);
    }
}
