package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.epub.check.EpubChecker;
import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.LanguageSpan;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.write.WriteContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EPUBCheck and the EPUB checker report nothing at all on the fixtures, with and without page breaks.
 * The unpaginated large report is kept out of the folder DAISY Ace checks: its paginated twin covers
 * the same markup, and Ace takes about two minutes per large book.
 */
@Tag("slow")
class EpubValidationTest {
    static Stream<Arguments> books() {
        return Stream.of(
                Arguments.of("sample", (Supplier<Document>) Fixtures::sample, 0),
                Arguments.of("sample-paginated", (Supplier<Document>) Fixtures::sample, 1),
                Arguments.of("feature-rich", (Supplier<Document>) Fixtures::featureRich, 0),
                Arguments.of("feature-rich-paginated", (Supplier<Document>) Fixtures::featureRich, 2),
                Arguments.of("code-paginated", (Supplier<Document>) Fixtures::code, 1),
                Arguments.of("anchors", (Supplier<Document>) Fixtures::anchors, 0),
                Arguments.of("inline-marks-paginated", (Supplier<Document>) Fixtures::inlineMarks, 1),
                Arguments.of("notes-paginated", (Supplier<Document>) Fixtures::notes, 1),
                Arguments.of("blocks-paginated", (Supplier<Document>) Fixtures::blocks, 1),
                Arguments.of("large-report-unpaginated", (Supplier<Document>) () -> Fixtures.largeReport(100), 0),
                Arguments.of("large-report-paginated", (Supplier<Document>) () -> Fixtures.largeReport(100), 7),
                Arguments.of("undetermined-language", (Supplier<Document>) () -> withLanguage(Fixtures.sample(), "und"), 0),
                Arguments.of("right-to-left", (Supplier<Document>) EpubValidationTest::arabic, 1));
    }

    private static Document withLanguage(Document document, String language) {
        return document.withMetadata(document.metadata().toBuilder().language(language).build());
    }

    private static Document arabic() {
        return Document.of(Metadata.builder().title("تقرير الحوار").language("ar").build(), List.of(
                new Heading(1, List.of(new Text("مقدمة"))),
                Paragraph.of("يعرض هذا التقرير نتائج الجولة الثانية من الحوار الأمني."),
                new Paragraph(List.of(new Text("The English name is "),
                        new LanguageSpan("en", List.of(new Text("Defining Dialogue"))), new Text(".")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void validatesWithoutAnyMessage(String name, Supplier<Document> fixture, int pageEvery) {
        Document document = fixture.get();
        WriteContext options = pageEvery == 0 ? Books.OPTIONS : Books.paginated(document, pageEvery);
        Path epub = name.endsWith("-unpaginated") ? Books.write(Books.SCRATCH, name, document, options)
                : Books.write(name, document, options);

        assertEquals(List.of(), EpubCheckValidator.validate(epub), "EPUBCheck messages for " + name);
        assertEquals(List.of(), new EpubChecker().check(epub), "EPUB checker findings for " + name);
    }
}
