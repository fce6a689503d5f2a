package dev.editions.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.EditionsException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed writer options: reading them from text, their ranges, defaults, and the modification time. */
class OptionsTest {
    @Test
    void unsetOptionsGiveTheirDefaultsAndSetOnesTheirValue() {
        EditionOptions none = EditionOptions.builder().build();
        assertEquals(PageSize.A4, none.get(PageOptions.SIZE));
        assertEquals(25.0, none.get(PageOptions.MARGIN));
        EditionOptions set = none.toBuilder().parse(PageOptions.SIZE, "letter").parse(PageOptions.MARGIN, " 12.5 ").build();
        assertEquals(PageSize.LETTER, set.get(PageOptions.SIZE));
        assertEquals(12.5, set.get(PageOptions.MARGIN));
        assertEquals(Map.of("page.margin", 12.5, "page.size", PageSize.LETTER), set.values());
    }

    @Test
    void badValuesNameTheOptionAndWhatItTakes() {
        EditionOptions.Builder builder = EditionOptions.builder();
        assertEquals("option page.margin must be from 5 to 60, was 61",
                assertThrows(EditionsException.class, () -> builder.parse(PageOptions.MARGIN, "61")).getMessage());
        assertEquals("option page.margin must be a number, was 'wide'",
                assertThrows(EditionsException.class, () -> builder.parse(PageOptions.MARGIN, "wide")).getMessage());
        assertEquals("option page.margin must be a number, was 'NaN'",
                assertThrows(EditionsException.class, () -> builder.parse(PageOptions.MARGIN, "NaN")).getMessage());
        assertEquals("option page.size must be one of A4, LETTER, was 'A5'",
                assertThrows(EditionsException.class, () -> builder.parse(PageOptions.SIZE, "A5")).getMessage());
        OptionKey<Boolean> flag = OptionKey.flag("test.flag", false, "A flag.");
        assertEquals(true, flag.parse("yes"));
        assertEquals("option test.flag must be true or false, was 'maybe'",
                assertThrows(EditionsException.class, () -> flag.parse("maybe")).getMessage());
        assertEquals("option page.margin must be from 5 to 60, was 4.5",
                assertThrows(EditionsException.class, () -> builder.set(PageOptions.MARGIN, 4.5)).getMessage());
    }

    @Test
    void optionNamesAndDescriptorsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> OptionKey.flag("PDF Margin", true, "x"));
        assertThrows(IllegalArgumentException.class, () -> OptionKey.number("page.x", 100, 1, 10, "x"));
        assertThrows(IllegalArgumentException.class, () -> WriterDescriptor.of("PDF", "pdf", "application/pdf"));
        assertThrows(IllegalArgumentException.class, () -> WriterDescriptor.of("pdf", "pdf", "pdf"));
        assertThrows(IllegalArgumentException.class, () -> WriterDescriptor.of("pdf", "pdf", "application/pdf")
                .paginating().needing(WriterDescriptor.Need.PAGE_MAP));
        WriterDescriptor md = WriterDescriptor.of("md", "md", "text/markdown").withAliases("markdown");
        assertTrue(md.answersTo(" Markdown "));
        assertEquals(List.of("markdown"), md.aliases());
    }

    @Test
    void theTimestampIsTheEpochElseTheOptionElseEmpty() {
        assertTrue(EditionOptions.builder().build().timestamp().isEmpty());
        Instant option = Instant.parse("2020-02-02T00:00:00Z");
        assertEquals(option, EditionOptions.builder().timestamp(option).build().timestamp().orElseThrow());
        EditionOptions epoch = EditionOptions.builder().environment(Map.of("SOURCE_DATE_EPOCH", "1700000000"))
                .timestamp(option).build();
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), epoch.timestamp().orElseThrow());
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), epoch.toBuilder().build().timestamp().orElseThrow());
        EditionsException e = assertThrows(EditionsException.class,
                () -> EditionOptions.builder().environment(Map.of("SOURCE_DATE_EPOCH", "yesterday")));
        assertEquals("SOURCE_DATE_EPOCH: 'yesterday' is not a number of seconds since 1970-01-01", e.getMessage());
    }
}
