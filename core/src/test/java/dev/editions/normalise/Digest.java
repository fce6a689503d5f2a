package dev.editions.normalise;

import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.model.Document;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Removal;
import dev.editions.model.Table;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact text rendering of a normalised document, one line per fact, for spec files: the
 * metadata that is set, each block with its type, the glossary and the removals.
 */
final class Digest {
    private Digest() {
    }

    static String of(Document document) {
        List<String> lines = new ArrayList<>();
        Metadata m = document.metadata();
        lines.add("title: " + m.title());
        optional(lines, "subtitle", m.subtitle());
        if (!m.authors().isEmpty()) {
            lines.add("authors: " + String.join("; ", m.authors()));
        }
        optional(lines, "date", m.date() == null ? null : m.date().toString());
        optional(lines, "id", m.identifier());
        lines.add("language: " + m.language());
        for (Block block : document.blocks()) {
            block(block, "", lines);
        }
        document.glossary().entries().forEach((shortForm, longForm) -> lines.add("abbreviation: " + shortForm + " = " + longForm));
        for (Removal removal : document.removals()) {
            lines.add("removed (" + removal.stage() + ", " + removal.reason() + "): " + oneLine(removal.text()));
        }
        return String.join("\n", lines);
    }

    private static void optional(List<String> lines, String name, String value) {
        if (value != null) {
            lines.add(name + ": " + value);
        }
    }

    private static void block(Block block, String indent, List<String> lines) {
        switch (block) {
            case Heading h -> lines.add(indent + "heading " + h.level() + ": " + PlainText.of(h.content()));
            case Paragraph p -> lines.add(indent + (p.content().contains(LineBreak.INSTANCE) ? "lines" : "paragraph")
                    + (p.content().size() == 1 && p.content().get(0) instanceof LanguageSpan span
                            ? " [" + span.language() + "]" : "")
                    + ": " + PlainText.of(p.content()).replace("\n", " / "));
            case ListBlock l -> {
                lines.add(indent + (l.ordered() ? "numbered list from " + l.start() : "bulleted list") + ":");
                for (ListItem item : l.items()) {
                    lines.add(indent + "  - " + item.blocks().stream().map(PlainText::of).map(Digest::oneLine)
                            .collect(Collectors.joining(" // ")));
                }
            }
            case Quote q -> {
                lines.add(indent + "quote:");
                q.blocks().forEach(child -> block(child, indent + "  ", lines));
            }
            case Table t -> {
                lines.add(indent + "table:");
                t.header().forEach(row -> lines.add(indent + "  # " + row(row)));
                t.body().forEach(row -> lines.add(indent + "  | " + row(row)));
            }
            case Figure f -> lines.add(indent + "figure: " + f.alt());
            case CodeBlock c -> {
                lines.add(indent + "code" + (c.language().isEmpty() ? "" : " " + c.language()) + ":");
                for (String line : c.lines()) {
                    lines.add(indent + "  |" + line.replace("\t", "→"));
                }
            }
            case Break b -> lines.add(indent + "break");
            case DefinitionList d -> {
                lines.add(indent + "definitions:");
                for (Definition definition : d.definitions()) {
                    lines.add(indent + "  term: " + PlainText.of(definition.term()));
                    definition.details().forEach(detail -> detail.forEach(child -> block(child, indent + "    ", lines)));
                }
            }
            case Admonition a -> {
                lines.add(indent + a.type().label().toLowerCase(java.util.Locale.ROOT) + ": " + PlainText.of(a.heading()));
                a.blocks().forEach(child -> block(child, indent + "  ", lines));
            }
        }
    }

    private static String row(Table.Row row) {
        return row.cells().stream().map(cell -> PlainText.of(cell.content())).collect(Collectors.joining(" | "));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " / ");
    }
}
