package dev.editions.verify;

import dev.editions.EditionsException;
import dev.editions.check.CheckResult;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Validates every XML part of a DOCX edition against the ECMA-376 schemas (poi-ooxml-full's
 * compiled types). The packaging parts whose schemas those types do not carry (content types, core
 * properties) are checked by opening the package with POI's OPC reader, which enforces the rules
 * of ECMA-376 Part 2.
 */
public final class OoxmlSchemaChecker implements EditionChecker {
    private static final SchemaTypeLoader SCHEMAS = XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem,
            XmlBeans.getContextTypeLoader());
    private static final Set<String> CHECKED_BY_OPC = Set.of("[Content_Types].xml", "docProps/core.xml");

    /** Creates the checker. */
    public OoxmlSchemaChecker() {
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String name() {
        return "OOXML schemas";
    }

    @Override
    public String version() {
        return "ECMA-376 (Apache POI " + Versions.of("poi") + ")";
    }

    @Override
    public String profile() {
        return "ECMA-376";
    }

    @Override
    public List<Finding> check(Path edition) {
        return run(edition).findings();
    }

    @Override
    public CheckResult run(Path edition) {
        List<Finding> findings = new ArrayList<>();
        try (OPCPackage opc = OPCPackage.open(edition.toFile(), PackageAccess.READ)) {
            opc.getPackageProperties();
        } catch (InvalidFormatException | RuntimeException e) {
            findings.add(new Finding("ooxml.package", "", "the package breaks ECMA-376 Part 2: " + e.getMessage()));
        } catch (IOException e) {
            throw EditionsException.of(edition.toString(), "cannot be read: " + e.getMessage(), e);
        }
        int validated = 0;
        try (ZipFile zip = new ZipFile(edition.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String part = entry.getName();
                if (!CHECKED_BY_OPC.contains(part) && (part.endsWith(".xml") || part.endsWith(".rels"))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        validate(part, in, findings);
                    }
                    validated++;
                }
            }
        } catch (IOException e) {
            throw EditionsException.of(edition.toString(), "cannot be read as a DOCX (ZIP) package: "
                    + e.getMessage(), e);
        }
        return CheckResult.of(this, validated, findings);
    }

    private static void validate(String part, InputStream xml, List<Finding> findings) throws IOException {
        XmlObject object;
        try {
            object = SCHEMAS.parse(xml, null, new XmlOptions().setLoadLineNumbers());
        } catch (XmlException e) {
            findings.add(new Finding("ooxml.well-formed", part, "not well-formed XML: " + e.getMessage()));
            return;
        }
        if (!object.schemaType().isDocumentType()) {
            findings.add(new Finding("ooxml.unknown-root", part, "the schema of the root element is unknown"));
            return;
        }
        List<XmlError> errors = new ArrayList<>();
        object.validate(new XmlOptions().setErrorListener(errors));
        for (XmlError error : errors) {
            findings.add(new Finding("ooxml.schema", part + ":" + error.getLine(), error.getMessage()));
        }
    }
}
