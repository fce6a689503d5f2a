package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.editions.markdown.internal.MarkdownParsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The CommonMark specification's examples, parsed with the reader's parser configuration (front
 * matter, tables, abbreviations, footnotes and the GFM extensions switched on) and rendered to HTML. Examples known to fail
 * are pinned: a pinned example that starts to pass fails too, so the list stays true.
 */
class CommonMarkSpecTest {
    private static final String FENCE = "`".repeat(32);

    /**
     * Specification 0.28, the one flexmark implements. Examples 65 and 67 begin with a {@code ---}
     * line, which the reader takes as the start of YAML front matter; in 573, 577, 579, 582 and 583
     * the reader links a bare address, as GitHub's extended autolinks do.
     */
    private static final Set<Integer> KNOWN_FAILURES_0_28 = Set.of(65, 67, 573, 577, 579, 582, 583);

    /**
     * Specification 0.30: flexmark does not yet follow its changes to code spans, link reference
     * definitions, fenced code info strings and a few entity and list cases; 96 and 98 are front matter;
     * 601, 605, 607, 610 and 611 are bare addresses, linked as GitHub's extended autolinks are.
     */
    private static final Set<Integer> KNOWN_FAILURES_0_30 = Set.of(28, 96, 98, 138, 146, 171, 195, 201, 215, 216,
            312, 313, 331, 332, 334, 335, 336, 337, 415, 416, 488, 492, 493, 539, 601, 605, 607, 610, 611, 640);

    /** Renders as the specification does, percent-encoding link addresses; the reader never renders HTML. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(
            new MutableDataSet(MarkdownParsers.options()).set(HtmlRenderer.PERCENT_ENCODE_URLS, true)).build();

    @TestFactory
    Stream<DynamicTest> specification028() throws IOException {
        return tests("/spec.0.28.txt", KNOWN_FAILURES_0_28);
    }

    @TestFactory
    Stream<DynamicTest> specification030() throws IOException {
        return tests("/spec.0.30.txt", KNOWN_FAILURES_0_30);
    }

    @Test
    void theSpecificationsAreRead() throws IOException {
        assertEquals(624, examples("/spec.0.28.txt").size());
        assertEquals(652, examples("/spec.0.30.txt").size());
    }

    private static Stream<DynamicTest> tests(String spec, Set<Integer> knownFailures) throws IOException {
        return examples(spec).stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            String html = RENDERER.render(MarkdownParsers.parser().parse(example.markdown()));
            if (knownFailures.contains(example.number())) {
                assertNotEquals(example.html(), html, "example " + example.number()
                        + " passes now: remove it from the known failures");
            } else {
                assertEquals(example.html(), html, example.name() + "\n" + example.markdown());
            }
        }));
    }

    private static List<Example> examples(String resource) throws IOException {
        String spec;
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream(resource)) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String section = "";
        String[] lines = spec.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#")) {
                section = lines[i].replaceFirst("^#+\\s*", "");
            } else if (lines[i].startsWith(FENCE + " example")) {
                StringBuilder markdown = new StringBuilder();
                StringBuilder html = new StringBuilder();
                StringBuilder part = markdown;
                for (i++; !lines[i].startsWith(FENCE); i++) {
                    if (lines[i].equals(".") && part == markdown) {
                        part = html;
                    } else {
                        part.append(lines[i]).append('\n');
                    }
                }
                int number = examples.size() + 1;
                examples.add(new Example(number, "example " + number + " (" + section + ")",
                        markdown.toString().replace('→', '\t'), html.toString().replace('→', '\t')));
            }
        }
        return examples;
    }

    private record Example(int number, String name, String markdown, String html) {
    }
}
