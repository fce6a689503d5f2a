package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Validates every XML part of the editions against the ECMA-376 schemas with XmlBeans (poi-ooxml-full). */
@Tag("slow")
class SchemaValidationTest {
    /** poi-ooxml-full's compiled ECMA-376 schemas, which XmlBeans' default loader does not find. */
    private static final SchemaTypeLoader SCHEMAS = XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem,
            XmlBeans.getContextTypeLoader());
    /**
     * The packaging parts (ECMA-376 Part 2) whose schemas poi-ooxml-full does not carry; POI's package
     * reader checks them instead, refusing a package whose content types or core properties break the
     * Part 2 rules.
     */
    private static final Set<String> CHECKED_BY_OPC = Set.of("[Content_Types].xml", "docProps/core.xml");

    @ParameterizedTest
    @MethodSource("dev.editions.docx.Editions#names")
    void everyPartIsSchemaValid(String name) throws Exception {
        byte[] docx = Editions.of(name);
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx))) {
            assertEquals(Editions.fixture(name).metadata().title(),
                    opc.getPackageProperties().getTitleProperty().orElseThrow());
        }
        Map<String, byte[]> parts = Parts.of(docx);
        List<String> errors = new ArrayList<>();
        int validated = 0;
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (CHECKED_BY_OPC.contains(part.getKey())) {
                continue;
            }
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                errors.addAll(validate(part.getKey(), part.getValue()));
                validated++;
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(validated >= 7, "only " + validated + " parts validated");
    }

    @Test
    void theValidatorRejectsAPartThatBreaksTheSchema() throws Exception {
        String document = Parts.text(Editions.of("feature-rich"), "word/document.xml")
                .replaceFirst("<w:tblGrid>.*?</w:tblGrid>", "");
        assertTrue(validate("word/document.xml", document.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .stream().anyMatch(e -> e.contains("tblGrid")));
    }

    /** The schema errors of {@code xml}, the part called {@code part}. */
    static List<String> validate(String part, byte[] xml) throws Exception {
        XmlOptions options = new XmlOptions().setLoadLineNumbers();
        XmlObject object = SCHEMAS.parse(new ByteArrayInputStream(xml), null, options);
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
