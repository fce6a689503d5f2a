package dev.editions.text;

import dev.editions.model.Abbreviation;
import dev.editions.model.Code;
import dev.editions.model.Emphasis;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.NoteReference;
import dev.editions.model.Strong;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;

/** Flattens nested inlines into {@link TextRun}s, in reading order. */
public final class TextRuns {
    private TextRuns() {
    }

    /** The runs of {@code inlines}; adjacent runs with the same style are not merged. */
    public static List<TextRun> of(List<Inline> inlines) {
        List<TextRun> runs = new ArrayList<>();
        new Flattener(runs).walk(inlines, new TextRun("", false, false, false, null, -1, null, null));
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
                    case Text t -> runs.add(with(style, t.text()));
                    case Code c -> runs.add(new TextRun(c.code(), style.emphasis(), style.strong(), true,
                            style.link(), style.linkIndex(), null, style.language()));
                    case LineBreak b -> runs.add(with(style, "\n"));
                    case Emphasis e -> walk(e.content(), new TextRun("", true, style.strong(), false,
                            style.link(), style.linkIndex(), null, style.language()));
                    case Strong s -> walk(s.content(), new TextRun("", style.emphasis(), true, false,
                            style.link(), style.linkIndex(), null, style.language()));
                    case Link l -> walk(l.content(), new TextRun("", style.emphasis(), style.strong(), false,
                            l.target(), links++, null, style.language()));
                    case LanguageSpan s -> walk(s.content(), new TextRun("", style.emphasis(), style.strong(), false,
                            style.link(), style.linkIndex(), null, s.language()));
                    case Abbreviation a -> runs.add(new TextRun(a.shortForm(), style.emphasis(), style.strong(), false,
                            style.link(), style.linkIndex(), a, style.language()));
                    case NoteReference n -> runs.add(new TextRun(n.id(), style.emphasis(), style.strong(), false,
                            style.link(), style.linkIndex(), null, style.language(), n.id()));
                }
            }
        }

        private static TextRun with(TextRun style, String text) {
            return new TextRun(text, style.emphasis(), style.strong(), false, style.link(), style.linkIndex(), null,
                    style.language());
        }
    }
}
