package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.ListBlock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Code blocks are {@code pre > code} elements whose text, read back from the XHTML, is the code exactly. */
class CodeBlockTest {
    @Test
    void codeIsPreformattedAndKeptExactly() {
        Document document = Fixtures.code();
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.paginated(document, 1)));
        List<CodeBlock> expected = List.of((CodeBlock) document.blocks().get(1), (CodeBlock) ((ListBlock)
                document.blocks().get(2)).items().get(0).blocks().get(1));
        List<Element> pres = epub.all("pre");
        assertEquals(expected.size(), pres.size());
        for (int i = 0; i < pres.size(); i++) {
            Element code = (Element) pres.get(i).getFirstChild();
            assertEquals("code", code.getLocalName());
            assertEquals(expected.get(i).language().isEmpty() ? "" : "language-" + expected.get(i).language(),
                    code.getAttribute("class"));
            assertEquals(expected.get(i).text(), code.getTextContent());
        }
    }
}
