/** The EPUB 3 edition with EPUB Accessibility 1.1 metadata, and its checker. */
module dev.editions.epub {
    requires transitive dev.editions.core;
    requires java.xml;

    exports dev.editions.epub;
    exports dev.editions.epub.check;

    provides dev.editions.write.EditionWriter with dev.editions.epub.EpubWriter;
    provides dev.editions.check.EditionChecker with dev.editions.epub.check.EpubChecker;
}
