/**
 * The validators as checkers: veraPDF (PDF/UA-1, PDF/A-2a), the PDF structure check, EPUBCheck, the
 * OOXML schemas, Markdown lint and round trip, and DAISY Ace and markdownlint when installed.
 */
module dev.editions.verify {
    requires transitive dev.editions.core;
    requires dev.editions.markdown;
    requires com.fasterxml.jackson.databind;
    requires flexmark;
    requires flexmark.util.ast;
    requires org.apache.pdfbox;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires org.verapdf.core;
    requires org.verapdf.validation.model;
    requires org.w3c.epubcheck;

    exports dev.editions.verify;

    provides dev.editions.check.EditionChecker with
            dev.editions.verify.PdfUaChecker,
            dev.editions.verify.PdfA2aChecker,
            dev.editions.verify.PdfStructureChecker,
            dev.editions.verify.EpubCheckChecker,
            dev.editions.verify.OoxmlSchemaChecker,
            dev.editions.verify.MarkdownChecker,
            dev.editions.verify.AceChecker,
            dev.editions.verify.MarkdownlintChecker;
}
