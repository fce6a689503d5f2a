package dev.editions.text;

import dev.editions.model.Abbreviation;
import dev.editions.model.Code;
import dev.editions.model.Emphasis;
import dev.editions.model.Inline;
import dev.editions.model.InlineImage;
import dev.editions.model.Keyboard;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.NoteReference;
import dev.editions.model.Strikethrough;
import dev.editions.model.Strong;
import dev.editions.model.Subscript;
import dev.editions.model.Superscript;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Flattens nested inlines into {@link TextRun}s, in reading order. */
public final class TextRuns {
    private TextRuns() {
    }

    /** The runs of {@code inlines}; adjacent runs with the same style are not merged. */
    public static List<TextRun> of(List<Inline> inlines) {
        List<TextRun> runs = new ArrayList<>();
        new Flattener(runs).walk(inlines, new TextRun("", Set.of(), null, -1, null, null));
        return List.copyOf(runs);
    }

    private static final class Flattener {
        private final List<TextRun> runs;
        private int links;

        Flattener(List<TextRun> runs) {
            this.runs = runs;
        }

        void walk(List<Inline> inlines, TextRun style) {
            for (Inline inline : inlines) {
                switch (inline) {
                    case Text t -> runs.add(with(style, t.text(), null));
                    case Code c -> runs.add(with(style, c.code(), TextMark.CODE));
                    case Keyboard k -> runs.add(with(style, k.keys(), TextMark.KEYBOARD));
                    case LineBreak b -> runs.add(with(style, "\n", null));
                    case Emphasis e -> walk(e.content(), with(style, "", TextMark.EMPHASIS));
                    case Strong s -> walk(s.content(), with(style, "", TextMark.STRONG));
                    case Strikethrough s -> walk(s.content(), with(style, "", TextMark.STRIKETHROUGH));
                    case Superscript s -> walk(s.content(), with(style, "", TextMark.SUPERSCRIPT));
                    case Subscript s -> walk(s.content(), with(style, "", TextMark.SUBSCRIPT));
                    case Link l -> walk(l.content(), new TextRun("", style.marks(), l.target(), links++, null,
                            style.language()));
                    case LanguageSpan s -> walk(s.content(), new TextRun("", style.marks(), style.link(),
                            style.linkIndex(), null, s.language()));
                    case Abbreviation a -> runs.add(new TextRun(a.shortForm(), style.marks(), style.link(),
                            style.linkIndex(), a, style.language()));
                    case NoteReference n -> runs.add(new TextRun(n.id(), style.marks(), style.link(),
                            style.linkIndex(), null, style.language(), n.id()));
                    case InlineImage i -> runs.add(new TextRun(i.alt(), style.marks(), style.link(),
                            style.linkIndex(), null, style.language(), null, i));
                }
            }
        }

        /** {@code style} with {@code mark} added (if not null), for {@code text}. */
        private static TextRun with(TextRun style, String text, TextMark mark) {
            Set<TextMark> marks = style.marks();
            if (mark != null) {
                marks = EnumSet.noneOf(TextMark.class);
                marks.addAll(style.marks());
                marks.add(mark);
            }
            return new TextRun(text, marks, style.link(), style.linkIndex(), null, style.language());
        }
    }
}
