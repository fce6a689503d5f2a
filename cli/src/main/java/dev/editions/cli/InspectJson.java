package dev.editions.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.editions.Diagnostic;
import dev.editions.Draft;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.CodeBlock;
import dev.editions.model.Break;
import dev.editions.model.Document;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Note;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Removal;
import dev.editions.model.Table;
import dev.editions.normalise.StageReport;
import dev.editions.text.PlainText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The document model as JSON with stable names, for people debugging a report and for checks that
 * read it. The field names are part of the command's interface.
 */
final class InspectJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private InspectJson() {
    }

    static String of(Draft draft) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            Document document = draft.document();
            json.writeStartObject();
            json.writeStringField("source", draft.source().name());
            metadata(document.metadata(), json);
            json.writeArrayFieldStart("abbreviations");
            for (var entry : document.glossary().entries().entrySet()) {
                json.writeStartObject();
                json.writeStringField("short", entry.getKey());
                json.writeStringField("long", entry.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("blocks");
            for (Block block : document.blocks()) {
                block(block, json);
            }
            json.writeEndArray();
            if (!document.notes().isEmpty()) {
                json.writeArrayFieldStart("notes");
                int number = 0;
                for (Note note : document.notes()) {
                    json.writeStartObject();
                    json.writeNumberField("number", ++number);
                    json.writeStringField("id", note.id());
                    json.writeStringField("text", PlainText.of(note));
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("removed");
            for (Removal removal : document.removals()) {
                json.writeStartObject();
                json.writeStringField("stage", removal.stage());
                json.writeStringField("text", removal.text());
                json.writeNumberField("kept", removal.keptIndex());
                json.writeNumberField("similarity", Math.round(removal.similarity() * 1000) / 1000.0);
                json.writeStringField("reason", removal.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("warnings");
            for (Diagnostic diagnostic : draft.diagnostics()) {
                json.writeStartObject();
                json.writeStringField("source", diagnostic.source());
                if (diagnostic.line() > 0) {
                    json.writeNumberField("line", diagnostic.line());
                }
                json.writeStringField("code", diagnostic.code());
                json.writeStringField("message", diagnostic.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("changes");
            for (StageReport report : draft.reports()) {
                for (String change : report.changes()) {
                    json.writeStartObject();
                    json.writeStringField("stage", report.stage());
                    json.writeStringField("change", change);
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void metadata(Metadata metadata, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("metadata");
        json.writeStringField("title", metadata.title());
        json.writeStringField("subtitle", metadata.subtitle());
        json.writeStringField("language", metadata.language());
        strings("authors", metadata.authors(), json);
        strings("publishers", metadata.publishers(), json);
        json.writeStringField("date", metadata.date() == null ? null : metadata.date().toString());
        json.writeStringField("identifier", metadata.identifier());
        json.writeStringField("description", metadata.description());
        strings("keywords", metadata.keywords(), json);
        json.writeStringField("rights", metadata.rights());
        json.writeEndObject();
    }

    private static void block(Block block, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", block.kind());
        json.writeStringField("text", PlainText.of(block));
        switch (block) {
            case Heading h -> json.writeNumberField("level", h.level());
            case ListBlock l -> {
                json.writeBooleanField("ordered", l.ordered());
                if (l.ordered()) {
                    json.writeNumberField("start", l.start());
                }
                json.writeArrayFieldStart("items");
                for (ListItem item : l.items()) {
                    json.writeString(item.blocks().stream().map(PlainText::of).collect(Collectors.joining("\n")));
                }
                json.writeEndArray();
            }
            case Table t -> {
                json.writeArrayFieldStart("header");
                if (!t.header().isEmpty()) {
                    for (Table.Cell cell : t.header().get(0).cells()) {
                        json.writeString(PlainText.of(cell.content()));
                    }
                }
                json.writeEndArray();
                json.writeArrayFieldStart("rows");
                for (Table.Row row : t.body()) {
                    json.writeStartArray();
                    for (Table.Cell cell : row.cells()) {
                        json.writeString(PlainText.of(cell.content()));
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            case Figure f -> {
                json.writeStringField("src", f.image().name());
                json.writeStringField("alt", f.alt());
                json.writeStringField("caption", PlainText.of(f.caption()));
                json.writeBooleanField("decorative", f.decorative());
            }
            case Paragraph p -> {
                // The text says it all.
            }
            case Quote q -> {
                // The text says it all.
            }
            case CodeBlock c -> json.writeStringField("language", c.language());
            case Break b -> {
                // A break has no more to say.
            }
            case DefinitionList d -> {
                json.writeArrayFieldStart("terms");
                for (Definition definition : d.definitions()) {
                    json.writeString(PlainText.of(definition.term()));
                }
                json.writeEndArray();
            }
            case Admonition a -> {
                json.writeStringField("admonition", a.type().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("title", PlainText.of(a.heading()));
            }
        }
        json.writeEndObject();
    }

    private static void strings(String name, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
