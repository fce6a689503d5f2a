package dev.editions.pdf.internal;

import dev.editions.model.Abbreviation;
import dev.editions.model.Inline;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.text.TextMark;
import dev.editions.text.NoteNumbers;
import dev.editions.text.TextRun;
import dev.editions.text.TextRuns;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a block's inlines into tokens for the line breaker, and tags them. A block whose text is
 * all plain holds its text itself; otherwise each stretch gets its own child element: {@code Link}
 * for a link, {@code Span} with {@code /E} for an abbreviation, {@code Span} with {@code /Lang} for
 * a language span, {@code Span} with layout attributes for struck, raised or lowered text and keys
 * ({@code /TextDecorationType /LineThrough}, {@code /BaselineShift}), {@code Link} for a note
 * reference (the note's number in brackets, linked to the note) and a plain {@code Span} for the text
 * between. A picture in the line is drawn in it, at most two lines high, as a {@code Figure} whose
 * {@code /Alt} is its alt text (inside the link it is part of, if any); a decorative one is an
 * artifact. With notes at the foot of the pages, the first reference to each note is followed by
 * the note's {@code Note} element. A link with an abbreviation in it holds spans itself, so the abbreviation keeps its
 * {@code /E}. Superscript and subscript are set smaller, above or below the baseline; keys are
 * monospaced like code.
 *
 * <p>Abbreviations are spelled out at first use ("Long Form (LF)") as every edition does.
 */
final class InlineFlow {
    private final Fragments fragments;
    private final AbbreviationExpansions expansions;
    private final NoteNumbers notes;
    /** The notes at the foot of the pages, told of each note's first reference; or {@code null}. */
    private final FootNotes foot;
    private final Set<String> referenced = new HashSet<>();

    InlineFlow(Fragments fragments, AbbreviationExpansions expansions) {
        this(fragments, expansions, NoteNumbers.NONE, null);
    }

    /**
     * A flow that writes a note reference as the note's number in brackets, linked to the note. With
     * {@code foot}, the first reference to each note is followed by the note's {@code Note} element,
     * so the note is read right after the reference, and {@code foot} is told of both.
     */
    InlineFlow(Fragments fragments, AbbreviationExpansions expansions, NoteNumbers notes, FootNotes foot) {
        this.fragments = fragments;
        this.expansions = expansions;
        this.notes = notes;
        this.foot = foot;
    }

    /**
     * The tokens of {@code inlines} in {@code style}, tagged under {@code block}.
     *
     * @param plainStart the offset of the inlines' first character in the top-level block's plain text
     */
    List<Token> tokens(List<Inline> inlines, TextStyle style, Tag block, int plainStart) {
        List<Resolved> runs = resolve(TextRuns.of(inlines), plainStart);
        boolean mixed = runs.stream().anyMatch(r -> !r.group().isEmpty());
        Map<Integer, String> linkTexts = linkTexts(runs);
        Set<Integer> linksWithParts = new HashSet<>();
        runs.stream().filter(r -> !r.part().isEmpty()).forEach(r -> linksWithParts.add(r.run().linkIndex()));
        Builder builder = new Builder();
        String group = null;
        String part = null;
        Tag tag = block;
        Tag holder = block;
        LinkTarget link = null;
        for (Resolved resolved : runs) {
            TextRun run = resolved.run();
            if (run.isImage() && run.image().decorative() && run.link() == null) {
                builder.add(resolved, style, null, null);
                continue;
            }
            if (mixed && !resolved.group().equals(group)) {
                group = resolved.group();
                part = null;
                tag = childTag(block, resolved, style.size());
                holder = tag;
                link = run.isNoteReference() ? noteLink(tag, run.note())
                        : run.link() == null ? null
                        : new LinkTarget(tag, run.link(), linkTexts.get(run.linkIndex()));
                if (run.isNoteReference() && foot != null && referenced.add(run.note())) {
                    foot.register(link, run.note(),
                            block.child("Note").id(NoteNumbers.noteAnchor(notes.number(run.note()))));
                }
            }
            if (link != null && linksWithParts.contains(run.linkIndex()) && !resolved.part().equals(part)) {
                part = resolved.part();
                boolean picture = part.startsWith("picture");
                holder = tag.child(picture ? "Figure" : "Span");
                if (picture) {
                    holder.alt(run.text()).inline();
                } else if (!part.isEmpty()) {
                    holder.expansion(run.abbreviation().longForm());
                }
            }
            if (run.isImage() && run.image().decorative()) {
                builder.add(resolved, style, null, link);
                continue;
            }
            holder.holdContent();
            builder.add(resolved, style, holder, link);
        }
        return builder.finish();
    }

    private LinkTarget noteLink(Tag tag, String id) {
        int number = notes.number(id);
        return new LinkTarget(tag, "#" + NoteNumbers.noteAnchor(number), "Note " + number, true);
    }

    private List<Resolved> resolve(List<TextRun> runs, int plainStart) {
        List<Resolved> resolved = new ArrayList<>(runs.size());
        int offset = plainStart;
        String previous = "";
        int abbreviations = 0;
        int references = 0;
        int pictures = 0;
        for (TextRun run : runs) {
            if (run.isImage()) {
                // Drawn in the line: an informative picture is a figure with its alt text, in a link a
                // part of it; a decorative one is an artifact.
                boolean decorative = run.image().decorative();
                if (!decorative) {
                    expansions.seeText(run.text());
                }
                String group = run.link() != null ? "link " + run.linkIndex()
                        : decorative ? previous : "picture " + pictures;
                String part = run.link() != null && !decorative ? "picture " + pictures : "";
                pictures++;
                resolved.add(new Resolved(run, run.text(), group, part, offset));
                offset += run.text().length();
                previous = group;
                continue;
            }
            if (run.isNoteReference()) {
                // A mark that is no text of the block: it takes no place in the plain-text offsets.
                resolved.add(new Resolved(run, "[" + notes.number(run.note()) + "]", "note " + references++, "",
                        offset));
                continue;
            }
            Abbreviation abbreviation = run.abbreviation();
            String text = run.text();
            String group = "";
            String part = "";
            if (abbreviation != null) {
                boolean spelledOut = expansions.expandHere(abbreviation);
                text = spelledOut ? abbreviation.longForm() + " (" + abbreviation.shortForm() + ")" : abbreviation.shortForm();
                if (!spelledOut && run.link() == null) {
                    group = "abbreviation " + abbreviations++;
                } else if (!spelledOut) {
                    part = "abbreviation " + abbreviations++;
                }
            } else if (!run.isLineBreak()) {
                expansions.seeText(text);
            }
            if (run.link() != null) {
                group = "link " + run.linkIndex();
            } else if (group.isEmpty() && run.language() != null) {
                group = "language " + run.language();
            }
            String marks = TextMarkSpans.key(run);
            if (run.link() == null && abbreviation == null && !marks.isEmpty()) {
                group = group.isEmpty() ? marks : group + " " + marks;
            }
            if (run.isLineBreak()) {
                group = previous;
            }
            previous = group;
            resolved.add(new Resolved(run, text, group, part, offset));
            offset += abbreviation != null ? abbreviation.shortForm().length() : run.text().length();
        }
        return resolved;
    }

    private static Map<Integer, String> linkTexts(List<Resolved> runs) {
        Map<Integer, StringBuilder> texts = new HashMap<>();
        for (Resolved resolved : runs) {
            if (resolved.run().link() != null) {
                texts.computeIfAbsent(resolved.run().linkIndex(), i -> new StringBuilder()).append(resolved.text());
            }
        }
        Map<Integer, String> out = new HashMap<>();
        texts.forEach((index, text) -> out.put(index, text.toString().replaceAll("\\s+", " ").strip()));
        return out;
    }

    private static Tag childTag(Tag block, Resolved resolved, float size) {
        TextRun run = resolved.run();
        if (run.link() != null || run.isNoteReference()) {
            return block.child("Link");
        }
        if (run.isImage()) {
            return block.child("Figure").alt(run.text()).inline();
        }
        Tag span = block.child("Span");
        if (resolved.group().startsWith("abbreviation")) {
            span.expansion(run.abbreviation().longForm());
        }
        if (run.language() != null) {
            span.language(run.language());
        }
        TextMarkSpans.describe(run, span, size);
        return span;
    }

    /**
     * A run with the text to draw, the stretch of the block it belongs to and, inside a link, the
     * part of the link (an abbreviation gets its own span there).
     */
    private record Resolved(TextRun run, String text, String group, String part, int offset) {
    }

    /** Collects words across runs: a word ends only at a space or a line break. */
    private final class Builder {
        private final List<Token> tokens = new ArrayList<>();
        private final List<Fragment> word = new ArrayList<>();
        private int wordOffset = -1;

        void add(Resolved resolved, TextStyle style, Tag tag, LinkTarget link) {
            TextRun run = resolved.run();
            if (run.isImage()) {
                picture(resolved, style, tag, link);
                return;
            }
            if (run.isLineBreak()) {
                endWord();
                tokens.add(new Token.ForcedBreak(resolved.offset()));
                return;
            }
            Face face = run.monospaced() ? Face.MONO
                    : Face.of(style.bold() || run.strong(), style.italic() || run.emphasis());
            float size = TextMarkSpans.size(run, style.size());
            float rise = TextMarkSpans.rise(run, style.size());
            boolean struck = run.has(TextMark.STRIKETHROUGH);
            Color color = link != null ? Typography.LINK : style.color();
            String text = resolved.text();
            boolean spelledOut = run.isNoteReference() || run.isImage()
                    || run.abbreviation() != null && !text.equals(run.abbreviation().shortForm());
            StringBuilder chunk = new StringBuilder();
            int chunkStart = 0;
            boolean[] breaks = LineBreaks.within(text, tag.language());
            Fragment spaceFragment = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (breaks != null && breaks[i] && !chunk.isEmpty()) {
                    // A line may break here though no space is: Chinese, Japanese, Thai.
                    addChunk(chunk, face, size, rise, struck, color, tag, link, offsetOf(resolved, chunkStart, spelledOut));
                    endWord();
                    chunkStart = i;
                }
                boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                boolean invisible = c == '\u200B' || c == '\u00AD' || c == '\uFEFF' || c == '\u2060';
                if (space || invisible) {
                    addChunk(chunk, face, size, rise, struck, color, tag, link,
                            offsetOf(resolved, chunkStart, spelledOut));
                    if (space) {
                        endWord();
                        if (spaceFragment == null) {
                            spaceFragment = fragments.of(" ", face, size, color, tag, link).get(0).placed(rise, struck);
                        }
                        tokens.add(new Token.Space(spaceFragment));
                    } else if (c == '\u200B') {
                        endWord();
                    }
                    chunkStart = i + 1;
                } else {
                    chunk.append(c);
                }
            }
            addChunk(chunk, face, size, rise, struck, color, tag, link, offsetOf(resolved, chunkStart, spelledOut));
        }

        /**
         * A picture as a word of its own, so a line may break before or after it (a row of badges)
         * and it is never split; drawn in the place of an object replacement character.
         */
        private void picture(Resolved resolved, TextStyle style, Tag tag, LinkTarget link) {
            endWord();
            InlinePicture picture = InlinePicture.of(resolved.run().image().image(), style);
            Color color = link != null ? Typography.LINK : style.color();
            Fragment space = fragments.of(" ", Face.REGULAR, style.size(), color, tag, link).get(0);
            Fragment fragment = new Fragment("\uFFFC", space.font(), style.size(), color, tag, link, picture.width(),
                    0, false, picture);
            tokens.add(new Token.Word(List.of(fragment), picture.width(), resolved.offset()));
        }

        private int offsetOf(Resolved resolved, int index, boolean spelledOut) {
            return spelledOut ? resolved.offset() : resolved.offset() + index;
        }

        private void addChunk(StringBuilder chunk, Face face, float size, float rise, boolean struck, Color color,
                Tag tag, LinkTarget link, int offset) {
            if (chunk.isEmpty()) {
                return;
            }
            if (wordOffset < 0) {
                wordOffset = offset;
            }
            for (Fragment glyphs : fragments.of(chunk.toString(), face, size, color, tag, link)) {
                Fragment fragment = rise == 0 && !struck ? glyphs : glyphs.placed(rise, struck);
                int last = word.size() - 1;
                if (last >= 0 && word.get(last).sameLook(fragment)) {
                    word.set(last, word.get(last).join(fragment));
                } else {
                    word.add(fragment);
                }
            }
            chunk.setLength(0);
        }

        private void endWord() {
            if (!word.isEmpty()) {
                tokens.add(new Token.Word(word, Fragment.width(word), wordOffset));
                word.clear();
            }
            wordOffset = -1;
        }

        List<Token> finish() {
            endWord();
            return List.copyOf(tokens);
        }
    }
}
