package dev.editions.markdown.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TeX formulas between dollar signs, keeping their source exactly: {@code $`…`$} (the form the
 * Markdown edition writes, as GitHub and GitLab read it), {@code $$…$$} and {@code $…$}. A single
 * dollar opens a formula only before a character that is not a space, and closes it only after one
 * and before no digit, so that prices ({@code $5 and $10}) stay text; {@code \$} is a dollar sign.
 * Emphasis and other markup are not read inside a formula.
 */
final class MathSyntax implements InlineParserExtensionFactory {
    /** The longest formula read, which keeps a dollar sign without a partner cheap to skip. */
    private static final int MAX = 2000;
    private static final Pattern BACKTICKS = Pattern.compile("\\$(`+)(?!`)(.{1," + MAX + "}?)(?<!`)\\1\\$",
            Pattern.DOTALL);
    private static final Pattern DOUBLE = Pattern.compile("\\$\\$(?!\\$)((?:[^$\\\\]|\\\\.){1," + MAX + "}?)\\$\\$",
            Pattern.DOTALL);
    private static final Pattern SINGLE = Pattern.compile("\\$(?![\\s$])((?:[^$\\\\]|\\\\.){1," + MAX + "}?)(?<!\\s)"
            + "\\$(?![0-9])", Pattern.DOTALL);

    @Override
    public CharSequence getCharacters() {
        return "$";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
        return new Extension();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    private static final class Extension implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser parser) {
            // Nothing is kept between blocks.
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
            // Nothing is kept between blocks.
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int at = parser.getIndex();
            for (Pattern pattern : new Pattern[] {BACKTICKS, DOUBLE, SINGLE}) {
                Matcher matcher = pattern.matcher(input).region(at, input.length());
                if (matcher.lookingAt()) {
                    String tex = pattern == BACKTICKS ? matcher.group(2) : matcher.group(1);
                    if (tex.isBlank()) {
                        return false;
                    }
                    parser.flushTextNode();
                    parser.getBlock().appendChild(new InlineMath(input.subSequence(at, matcher.end()), tex,
                            pattern == BACKTICKS, pattern == DOUBLE));
                    parser.setIndex(matcher.end());
                    return true;
                }
            }
            return false;
        }
    }

    /** A formula read from the source. */
    static final class InlineMath extends Node {
        private final String tex;
        private final boolean codeSpan;
        private final boolean display;

        InlineMath(BasedSequence chars, String tex, boolean codeSpan, boolean display) {
            super(chars);
            this.tex = tex;
            this.codeSpan = codeSpan;
            this.display = display;
        }

        /** The TeX source; a {@code $`…`$} formula's is read as a code span's text is. */
        String tex(boolean inTable) {
            return codeSpan ? Inlines.codeSpan(tex, inTable) : tex.replace('\n', ' ').strip();
        }

        /** Whether the formula was written {@code $$…$$}. */
        boolean display() {
            return display;
        }

        /** The TeX source of a {@code $$…$$} formula standing alone: its lines as written, trimmed. */
        String displayTex() {
            return tex.strip();
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
