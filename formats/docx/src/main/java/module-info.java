/**
 * The DOCX edition on Apache POI: {@link dev.editions.docx.DocxWriter}, and the
 * {@link dev.editions.docx.check.DocxChecker} that reads a DOCX for accessibility problems.
 */
module dev.editions.docx {
    requires transitive dev.editions.core;
    requires org.apache.poi.ooxml;
    requires java.xml;

    exports dev.editions.docx;
    exports dev.editions.docx.check;

    provides dev.editions.write.EditionWriter with dev.editions.docx.DocxWriter;
    provides dev.editions.check.EditionChecker with dev.editions.docx.check.DocxChecker;
}
