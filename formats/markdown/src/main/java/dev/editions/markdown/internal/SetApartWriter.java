package dev.editions.markdown.internal;

import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the blocks Markdown sets apart with extended syntax: definition lists (a term line, then
 * each definition after {@code : }, its further lines indented), GitHub alerts ({@code > [!NOTE]}, a
 * title the author gave after the marker, the content after a blank quoted line so that any block may
 * open it) and disclosures as {@code <details>} with a
 * {@code <summary>} and Markdown inside.
 */
final class SetApartWriter {
    /** The indent of a definition's lines after its first, the width of its {@code : } marker. */
    private static final String DEFINITION_INDENT = "  ";

    private SetApartWriter() {
    }

    /** The lines of a definition list; entries are separated by a blank line. */
    static List<String> definitions(DefinitionList list) {
        List<String> lines = new ArrayList<>();
        for (Definition definition : list.definitions()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(BlockWriter.paragraph(InlineWriter.write(definition.term(), InlineWriter.Place.HEADING)).get(0));
            boolean loose = definition.details().stream().anyMatch(detail -> detail.size() > 1);
            for (List<Block> detail : definition.details()) {
                if (loose) {
                    lines.add("");
                }
                List<String> body = BlockWriter.blocks(detail);
                for (int i = 0; i < body.size(); i++) {
                    String line = body.get(i);
                    lines.add(i == 0 ? ": " + line : line.isEmpty() ? "" : DEFINITION_INDENT + line);
                }
            }
        }
        return lines;
    }

    /**
     * The lines of an admonition: a disclosure as a {@code <details>} element around its blocks, any
     * other as a GitHub alert, a block quote whose first line is its marker.
     */
    static List<String> admonition(Admonition admonition) {
        List<String> body = BlockWriter.blocks(admonition.blocks());
        List<String> lines = new ArrayList<>();
        if (admonition.type() == Admonition.Type.DETAILS) {
            lines.add("<details>");
            String title = PlainText.of(admonition.title()).replaceAll("\\s+", " ").strip();
            lines.add(title.isEmpty() ? "<summary></summary>" : "<summary>" + html(title) + "</summary>");
            if (!body.isEmpty()) {
                lines.add("");
                lines.addAll(body);
            }
            lines.add("");
            lines.add("</details>");
            return lines;
        }
        String title = InlineWriter.write(admonition.title(), InlineWriter.Place.HEADING);
        lines.add("> [!" + admonition.type().marker() + "]" + (title.isEmpty() ? "" : " " + title));
        if (!body.isEmpty()) {
            lines.add(">");
        }
        for (String line : body) {
            lines.add(line.isEmpty() ? ">" : "> " + line);
        }
        return lines;
    }

    /** {@code text} with the characters HTML gives a meaning escaped. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
