package dev.editions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link SetManifest} as JSON, written and read with Jackson's streaming API like
 * {@code conformance.json}: two-space indented, keys in a fixed order, so the same set gives the same bytes.
 */
final class SetManifestJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SetManifestJson() {
    }

    /** The manifest as JSON text, ending with a line break. */
    static String of(SetManifest manifest) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeNumberField("formatVersion", SetManifest.FORMAT_VERSION);
            json.writeStringField("name", manifest.name());
            json.writeStringField("state", manifest.state().name().toLowerCase(Locale.ROOT));
            if (manifest.staging() != null) {
                json.writeStringField("staging", manifest.staging());
            }
            json.writeStringField("modified", manifest.modified());
            json.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> setting : manifest.settings().entrySet()) {
                json.writeStringField(setting.getKey(), setting.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("files");
            for (SetManifest.Entry entry : manifest.files()) {
                json.writeStartObject();
                json.writeStringField("file", entry.file());
                json.writeStringField("format", entry.format());
                json.writeStringField("kind", entry.companion() ? "companion" : "edition");
                json.writeNumberField("size", entry.size());
                json.writeStringField("sha256", entry.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("failed");
            for (String format : manifest.failed()) {
                json.writeString(format);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return text + "\n";
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException when the text is not a manifest of a version this build reads
     */
    static SetManifest read(String text) throws IOException {
        try (JsonParser json = FACTORY.createParser(text)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> settings = new LinkedHashMap<>();
            List<SetManifest.Entry> files = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "settings" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String key = json.currentName();
                            expect(json.nextToken(), JsonToken.VALUE_STRING);
                            settings.put(key, json.getText());
                        }
                    }
                    case "files" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            files.add(entry(json));
                        }
                    }
                    case "failed" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (json.nextToken() == JsonToken.VALUE_STRING) {
                            failed.add(json.getText());
                        }
                    }
                    default -> {
                        if (value.isStructStart()) {
                            throw new IOException("unexpected structure in field '" + field + "'");
                        }
                        fields.put(field, json.getText());
                    }
                }
            }
            if (!String.valueOf(SetManifest.FORMAT_VERSION).equals(fields.get("formatVersion"))) {
                throw new IOException("format version " + fields.get("formatVersion") + " is not "
                        + SetManifest.FORMAT_VERSION);
            }
            SetManifest.State state = SetManifest.State.valueOf(required(fields, "state").toUpperCase(Locale.ROOT));
            String staging = fields.get("staging");
            if (state == SetManifest.State.PENDING && staging == null) {
                throw new IOException("a pending set names no staging folder");
            }
            return new SetManifest(required(fields, "name"), state, staging, required(fields, "modified"), settings,
                    files, failed);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a manifest: " + e.getMessage(), e);
        }
    }

    private static SetManifest.Entry entry(JsonParser json) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            if (json.nextToken().isStructStart()) {
                throw new IOException("unexpected structure in field '" + field + "'");
            }
            fields.put(field, json.getText());
        }
        String file = required(fields, "file");
        if (!RelativeName.isSafe(file)) {
            throw new IOException("the file '" + file + "' is not inside the output folder");
        }
        try {
            String kind = required(fields, "kind");
            if (!kind.equals("edition") && !kind.equals("companion")) {
                throw new IOException("the kind of '" + file + "' is neither edition nor companion");
            }
            return new SetManifest.Entry(file, required(fields, "format"), kind.equals("companion"),
                    Long.parseLong(required(fields, "size")), required(fields, "sha256"));
        } catch (NumberFormatException e) {
            throw new IOException("the size of '" + file + "' is not a number", e);
        }
    }

    private static String required(Map<String, String> fields, String name) throws IOException {
        String value = fields.get(name);
        if (value == null) {
            throw new IOException("no field '" + name + "'");
        }
        return value;
    }

    private static void expect(JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("expected " + wanted + " but found " + found);
        }
    }
}
