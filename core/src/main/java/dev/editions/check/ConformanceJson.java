package dev.editions.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A {@link ConformanceReport} as {@code conformance.json}: two-space indented, keys in a fixed order,
 * so the same report gives the same bytes. The schema is documented in the README.
 */
public final class ConformanceJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ConformanceJson() {
    }

    /** The report as JSON text, ending with a line break. */
    public static String of(ConformanceReport report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("generator", report.generator());
            json.writeStringField("checkedAt", report.checkedAt().toString());
            json.writeBooleanField("passed", !report.failed());
            json.writeArrayFieldStart("editions");
            for (EditionConformance edition : report.editions()) {
                edition(edition, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void edition(EditionConformance edition, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", edition.file());
        json.writeStringField("format", edition.format());
        json.writeNumberField("size", edition.size());
        json.writeStringField("sha256", edition.sha256());
        json.writeBooleanField("passed", !edition.failed());
        json.writeArrayFieldStart("checks");
        for (CheckResult result : edition.results()) {
            json.writeStartObject();
            json.writeStringField("checker", result.checker());
            json.writeStringField("version", result.version());
            json.writeStringField("profile", result.profile());
            json.writeStringField("status", result.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (result.checks() >= 0) {
                json.writeNumberField("checksRun", result.checks());
            } else {
                json.writeNullField("checksRun");
            }
            json.writeStringField("note", result.note());
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                json.writeStartObject();
                json.writeStringField("rule", finding.rule());
                json.writeStringField("location", finding.location());
                json.writeStringField("message", finding.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
