/**
 * Editions' core: the document model, the plain-text reader, the normaliser, the shared text logic,
 * the reader, writer and checker SPIs, and the facade.
 */
module dev.editions.core {
    exports dev.editions;
    exports dev.editions.check;
    exports dev.editions.model;
    exports dev.editions.normalise;
    exports dev.editions.read;
    exports dev.editions.text;
    exports dev.editions.write;

    uses dev.editions.check.EditionChecker;
    uses dev.editions.read.SourceReader;
    uses dev.editions.write.EditionWriter;
}
