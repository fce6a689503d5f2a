package dev.editions.normalise;

import java.util.List;

/** The standard normaliser stages in their standard order. */
final class StandardStages {
    private StandardStages() {
    }

    /**
     * The front matter of known formats and the page furniture go first, then the printed table of
     * contents and preformatted text are set aside, so none of them is taken for running text.
     * Structure is found while the plain-text lines are intact (tables, lists), then wrapped lines are
     * joined; the title and headings are found on whole paragraphs; characters are cleaned; then
     * abbreviations are learnt and teasers dropped before duplicates are compared, so that a copy that
     * spells out an abbreviation matches one that does not.
     */
    static List<Stage> all() {
        return List.of(new FrontMatterStage(), new FurnitureStage(), new ContentsStage(), new PreformattedStage(),
                new TableStage(), new ListStage(), new HardWrapStage(), new TitleStage(), new HeadingStage(),
                new CharacterStage(), new AbbreviationStage(), new TeaserStage(), new DedupeStage(), new LanguageStage());
    }
}
