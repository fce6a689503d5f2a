package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.DedupeCorpus;
import dev.editions.fixtures.DedupeCorpus.Score;
import dev.editions.model.Document;
import dev.editions.model.Removal;
import dev.editions.normalise.Normaliser;
import dev.editions.read.Source;
import dev.editions.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dedupe stage on Markdown, read through the Markdown reader: design documents that repeat code,
 * instructions and whole paragraphs lose nothing; from a source a person wrote, only long paragraphs
 * pasted again with the same words are removed.
 */
class DedupeCorpusMarkdownTest {
    private static final String LONG = "Before stabilizing this feature, we should hear from the maintainers of"
            + " the crates that already emulate it. Their experience will tell us whether the syntax is easy to"
            + " use, and whether the error messages point at the right place when an attribute is misused.";
    private static final String LONG_TOO = "The compiler keeps the expansion of every attribute in its own"
            + " scope. Nothing the macro defines can leak into the item it is attached to, which keeps the"
            + " expansion predictable for readers of the code and for tools such as formatters and linters.";
    private static final String INSTRUCTION = "Run the following command from the root of the workspace:";

    @Test
    void designDocumentsThatRepeatThemselvesLoseNothing() {
        Score score = new Score(0, 0, 0, 0, 0);
        List<String> removed = new ArrayList<>();
        for (String name : DedupeCorpus.PRECISION_MARKDOWN) {
            Document document = normalise(name, DedupeCorpus.precision(name));
            removals(document).forEach(removal -> removed.add(name + ": " + removal.text()));
            score = score.plus(new Score(1, document.blocks().size(), removals(document).size(), 0, 0));
        }
        Score pasted = pasted();
        System.out.println(score.plus(pasted).line("dedupe corpus (Markdown)"));
        assertEquals(List.of(), removed);
        assertEquals(1.0, score.plus(pasted).precision());
        assertEquals(1.0, pasted.recall(), pasted.line("pasted into Markdown"));
    }

    @Test
    void onlyLongParagraphsWithTheSameWordsAreRemoved() {
        String added = LONG + " A first version could ship without any support for helper attributes.";
        String source = "## Notes\n\n" + LONG + "\n\n" + LONG + "\n\n" + INSTRUCTION + "\n\n" + INSTRUCTION
                + "\n\n```sh\ncargo build\n```\n\n```sh\ncargo build\n```\n\n" + added + "\n\n"
                + LONG_TOO.toUpperCase(java.util.Locale.ROOT) + "\n\n" + LONG_TOO + "\n";
        Document document = normalise("notes.md", source);
        List<String> texts = document.blocks().stream().map(PlainText::of).toList();
        assertEquals(List.of("Notes", LONG, INSTRUCTION, INSTRUCTION, "cargo build", "cargo build", added,
                LONG_TOO.toUpperCase(java.util.Locale.ROOT)), texts);
    }

    /** Copies of long paragraphs pasted into a real design document: twice in a row, and as boilerplate. */
    private static Score pasted() {
        String name = "rust-declarative-attribute-macros.md";
        String original = DedupeCorpus.precision(name);
        int boilerplate = 25;
        StringBuilder source = new StringBuilder(original.strip()).append("\n\n").append(LONG).append("\n\n")
                .append(LONG).append("\n\n");
        for (int i = 0; i < boilerplate; i++) {
            source.append(LONG_TOO).append("\n\n").append("Note ").append(i + 1).append(".\n\n");
        }
        Document document = normalise(name, source.toString());
        int injected = 1 + boilerplate - 1;
        long found = removals(document).stream().filter(r -> r.text().equals(LONG) || r.text().equals(LONG_TOO)).count();
        int wrong = removals(document).size() - (int) found;
        assertEquals(1, Collections.frequency(document.blocks().stream().map(PlainText::of).toList(), LONG_TOO));
        assertTrue(wrong == 0, removals(document).toString());
        return new Score(0, 0, wrong, injected, (int) found);
    }

    private static Document normalise(String name, String text) {
        Source source = Source.of(name, text.getBytes(StandardCharsets.UTF_8));
        MarkdownReader reader = new MarkdownReader();
        return Normaliser.standard().normalise(reader.read(source), reader.kind()).document();
    }

    private static List<Removal> removals(Document document) {
        return document.removals().stream().filter(r -> r.stage().equals("dedupe")).toList();
    }
}
