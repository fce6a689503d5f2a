/** The DOCX edition, written with Apache POI, and its checker. */
module dev.editions.docx {
    requires transitive dev.editions.core;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires java.desktop;
    requires java.xml;

    exports dev.editions.docx;
    exports dev.editions.docx.check;

    provides dev.editions.write.EditionWriter with dev.editions.docx.DocxWriter;
    provides dev.editions.check.EditionChecker with dev.editions.docx.check.DocxChecker;
}
