package dev.editions.docx.check;

import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import dev.editions.docx.internal.check.DocxPackage;
import dev.editions.docx.internal.check.Rules;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a DOCX file for accessibility problems after Microsoft's Accessibility Checker rules, plus
 * a document title and language: headings and their order, table headers, captions and grids,
 * alternative text, links and bookmarks, lists, empty paragraphs, abbreviations and contrast. It
 * reads the package XML directly, so it needs neither Word nor POI.
 *
 * <p>Rule ids start with {@code docx.}; see {@link Rules#IDS} for the full list.
 */
public final class DocxChecker implements EditionChecker {
    /** Creates the checker; it holds no state. */
    public DocxChecker() {
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String name() {
        return "Editions DOCX rules";
    }

    @Override
    public List<Finding> check(Path edition) {
        return Rules.check(DocxPackage.read(edition));
    }
}
