package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.editions.model.Document;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptRunsTest {
    private static Document english(Inline... content) {
        return Document.of(Metadata.builder().title("Runs").language("en").build(), List.of(new Paragraph(List.of(content))));
    }

    private static List<Inline> marked(Document document, String language) {
        Document result = ScriptRuns.mark(document, language, new ArrayList<>());
        return ((Paragraph) result.blocks().get(0)).content();
    }

    @Test
    void aRunInAScriptOfOneLanguageIsMarkedWithIt() {
        assertEquals(List.of(new Text("The motto "), new LanguageSpan("el", List.of(new Text("Γνῶθι σεαυτόν"))),
                new Text(", know yourself.")), marked(english(new Text("The motto Γνῶθι σεαυτόν, know yourself.")), "en"));
        assertEquals(List.of(new Text("Named "), new LanguageSpan("ja", List.of(new Text("山田はなこ"))),
                new Text(" (Yamada).")), marked(english(new Text("Named 山田はなこ (Yamada).")), "en"));
        assertEquals(List.of(new Text("In Seoul: "), new LanguageSpan("ko", List.of(new Text("서울특별시"))),
                new Text(".")), marked(english(new Text("In Seoul: 서울특별시.")), "en"));
    }

    @Test
    void sharedScriptsSymbolsTheReportsOwnScriptAndMarkedTextAreLeftAlone() {
        for (String text : List.of("The name 山田花子 is written in Han alone.", "A proverb, العلم نور, in Arabic script.",
                "Russian: привет.", "The ratio π and the angle θ.", "Hindi or Marathi: नमस्ते.")) {
            Document document = english(new Text(text));
            assertSame(document, ScriptRuns.mark(document, "en", new ArrayList<>()), text);
        }
        Document greek = english(new Text("Η έκθεση του έτους."));
        assertSame(greek, ScriptRuns.mark(greek, "el", new ArrayList<>()), "Greek in a Greek report");
        LanguageSpan authors = new LanguageSpan("grc", List.of(new Text("Γνῶθι σεαυτόν")));
        assertEquals(List.of(new Text("Ancient: "), authors), marked(english(new Text("Ancient: "), authors), "en"));
    }

    @Test
    void theStageReportsWhatItMarked() {
        List<String> changes = new ArrayList<>();
        ScriptRuns.mark(english(new Text("שלום and Γειά σου and שלום")), "en", changes);
        assertEquals(List.of("runs in another script marked with their language: 1 in el, 2 in he"), changes);
    }
}
