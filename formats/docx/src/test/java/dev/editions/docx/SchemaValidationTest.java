package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Validates every XML part of the editions against the ECMA-376 schemas with XmlBeans (poi-ooxml-full). */
class SchemaValidationTest {
    static Stream<String> fixtures() {
        List<String> names = new ArrayList<>();
        Editions.names().forEach(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyPartIsSchemaValid(String name) throws Exception {
        Map<String, byte[]> parts = Parts.of(Editions.of(name));
        List<String> errors = new ArrayList<>();
        int validated = 0;
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                errors.addAll(validate(part.getKey(), part.getValue()));
                validated++;
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(validated >= 8, "only " + validated + " parts validated");
    }

    @Test
    void theValidatorRejectsAPartThatBreaksTheSchema() throws Exception {
        String document = Parts.text(Editions.of("feature-rich"), "word/document.xml")
                .replaceFirst("<w:tblGrid>.*?</w:tblGrid>", "");
        assertTrue(validate("word/document.xml", document.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .stream().anyMatch(e -> e.contains("tblGrid")));
    }

    private static List<String> validate(String part, byte[] xml) throws Exception {
        XmlOptions options = new XmlOptions().setLoadLineNumbers();
        XmlObject object = XmlObject.Factory.parse(new ByteArrayInputStream(xml), options);
        List<String> errors = new ArrayList<>();
        if (!object.schemaType().isDocumentType()) {
            errors.add(part + ": the schema of its root element is unknown, so it was not validated");
            return errors;
        }
        List<XmlError> found = new ArrayList<>();
        object.validate(new XmlOptions().setErrorListener(found));
        for (XmlError error : found) {
            errors.add(part + ":" + error.getLine() + ": " + error.getMessage());
        }
        return errors;
    }
}
