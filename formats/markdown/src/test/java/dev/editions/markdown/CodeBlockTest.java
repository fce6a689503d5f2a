package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code blocks are written as fenced blocks that read back exactly, and read from both kinds of Markdown code. */
class CodeBlockTest {
    @Test
    void codeSurvivesTheMarkdownEditionExactly() {
        Document original = Fixtures.code();
        byte[] written = EditionsUnderTest.writeKept(original, "code");
        String markdown = new String(written, StandardCharsets.UTF_8);
        CleanMarkdown.check("code", markdown);
        assertTrue(markdown.contains("````abnf\n"), markdown);
        Document read = EditionsUnderTest.read("code", written);
        assertEquals(original.blocks(), read.blocks());
        assertEquals(markdown, new String(EditionsUnderTest.write(read), StandardCharsets.UTF_8));
    }

    @Test
    void indentedAndFencedCodeBecomeCodeBlocks() {
        String source = """
                Text.

                    indented  code
                    \tand a tab

                ~~~ python extra words
                print("hi")
                ~~~

                ```
                ```
                """;
        Document read = EditionsUnderTest.read("kinds", source.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new CodeBlock("", "indented  code\n\tand a tab"), new CodeBlock("python", "print(\"hi\")")),
                read.blocks().subList(1, read.blocks().size()));
        byte[] written = EditionsUnderTest.write(read);
        assertEquals(read.blocks(), EditionsUnderTest.read("kinds", written).blocks(), "a fixed point");
    }

    @Test
    void theFenceIsLongerThanAnyRunOfBackticks() {
        Document document = Document.of(Fixtures.sample().metadata(), List.of(new CodeBlock("", "a ````` b")));
        String markdown = new String(EditionsUnderTest.write(document), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("``````\na ````` b\n``````"), markdown);
        assertEquals(document.blocks(), EditionsUnderTest.read("fence", markdown.getBytes(StandardCharsets.UTF_8)).blocks());
    }
}
