/**
 * The EPUB 3 edition, written with the JDK alone: {@link dev.editions.epub.EpubWriter} and its
 * options, and the {@link dev.editions.epub.check.EpubChecker}.
 */
module dev.editions.epub {
    requires transitive dev.editions.core;
    requires java.xml;

    exports dev.editions.epub;
    exports dev.editions.epub.check;

    provides dev.editions.write.EditionWriter with dev.editions.epub.EpubWriter;
    provides dev.editions.check.EditionChecker with dev.editions.epub.check.EpubChecker;
}
