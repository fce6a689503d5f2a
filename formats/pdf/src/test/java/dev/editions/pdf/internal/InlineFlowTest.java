package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.EditionsException;
import dev.editions.model.Abbreviation;
import dev.editions.model.Glossary;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.Link;
import dev.editions.model.Strong;
import dev.editions.model.Text;
import dev.editions.text.AbbreviationExpansions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InlineFlowTest {
    private final Fragments fragments = new Fragments(new FontSet());
    private final Abbreviation nato = new Abbreviation("NATO", "North Atlantic Treaty Organization");
    private final InlineFlow flow = new InlineFlow(fragments,
            new AbbreviationExpansions(new Glossary(Map.of("NATO", nato.longForm()))));

    private static String types(Tag tag) {
        return tag.children().stream().map(Tag::type).collect(Collectors.joining(","));
    }

    @Test
    void plainTextIsHeldByTheBlockItself() {
        Tag paragraph = Tag.document().child("P");
        List<Token> tokens = flow.tokens(List.<Inline>of(new Text("Plain and "), new Strong(List.of(new Text("strong")))),
                Typography.BODY, paragraph, 0);
        assertEquals("", types(paragraph));
        assertEquals("Plain and strong", TokenText.of(tokens));
        assertTrue(tokens.stream().filter(Token.Word.class::isInstance).map(Token.Word.class::cast)
                .flatMap(word -> word.fragments().stream()).allMatch(fragment -> fragment.tag() == paragraph));
    }

    @Test
    void linksAbbreviationsAndLanguagesGetTheirOwnElements() {
        Tag paragraph = Tag.document().child("P");
        List<Token> tokens = flow.tokens(List.of(new Text("The "), nato, new Text(" and the "), nato,
                new Text(" met "), new LanguageSpan("ru", List.of(new Text("Совет"))), new Text(" at "),
                new Link("https://example.org", null, List.of(new Text("the site")))), Typography.BODY, paragraph, 0);
        assertEquals("The North Atlantic Treaty Organization (NATO) and the NATO met Совет at the site", TokenText.of(tokens));
        assertEquals("Span,Span,Span,Span,Span,Link", types(paragraph), "first use is spelled out, so plain");
        Tag abbreviation = paragraph.children().get(1);
        assertEquals(nato.longForm(), abbreviation.expansion());
        assertNull(paragraph.children().get(0).expansion());
        assertEquals("ru", paragraph.children().get(3).language());
        Fragment linked = ((Token.Word) tokens.get(tokens.size() - 1)).fragments().get(0);
        assertEquals("https://example.org", linked.link().target());
        assertEquals("the site", linked.link().description());
        assertEquals(paragraph.children().get(5), linked.tag());
    }

    @Test
    void anAbbreviationInsideALinkKeepsItsExpansion() {
        Tag paragraph = Tag.document().child("P");
        flow.tokens(List.of(nato, new Text(" and "), new Link("https://example.org", null,
                List.of(new Text("the "), nato, new Text(" site")))), Typography.BODY, paragraph, 0);
        Tag link = paragraph.children().get(1);
        assertEquals("Link", link.type());
        assertEquals("Span,Span,Span", types(link));
        assertEquals(nato.longForm(), link.children().get(1).expansion());
        assertNull(link.children().get(0).expansion());
    }

    @Test
    void charactersMissingFromLiberationFallBackToDejaVu() {
        List<Token> tokens = flow.tokens(List.of(new Text("Done ✓")), Typography.BODY, Tag.document().child("P"), 0);
        Fragment check = ((Token.Word) tokens.get(2)).fragments().get(0);
        assertEquals("✓", check.text());
        assertTrue(check.font().getPostscriptFontName().startsWith("DejaVuSans"), check.font().getPostscriptFontName());
    }

    @Test
    void aCharacterNoFontHasIsRefusedWithItsCodeAndPlace() {
        fragments.at("block 7 (paragraph \"Tokyo\")");
        EditionsException e = assertThrows(EditionsException.class, () -> flow.tokens(
                List.of(new Text("Tokyo 東京")), Typography.BODY, Tag.document().child("P"), 0));
        assertTrue(e.getMessage().contains("U+6771") && e.getMessage().contains("block 7"), e.getMessage());
    }
}
