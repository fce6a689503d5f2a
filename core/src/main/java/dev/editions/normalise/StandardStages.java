package dev.editions.normalise;

import java.util.List;

/** The standard normaliser stages in their standard order. */
final class StandardStages {
    private StandardStages() {
    }

    /**
     * Structure is found while the plain-text lines are intact (tables, lists), then wrapped lines are
     * joined; the title and headings are found on whole paragraphs; characters are cleaned; then
     * abbreviations are learnt before duplicates are compared, so that a copy that spells out an
     * abbreviation matches one that does not.
     */
    static List<Stage> all() {
        return List.of(new TableStage(), new ListStage(), new HardWrapStage(), new TitleStage(), new HeadingStage(),
                new CharacterStage(), new AbbreviationStage(), new DedupeStage(), new LanguageStage());
    }
}
