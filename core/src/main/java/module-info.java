/**
 * Editions' core: the document model, the readers' and writers' service interfaces, the normaliser
 * and the facade. It names no file format; formats arrive as services.
 */
module dev.editions.core {
    requires com.fasterxml.jackson.core;

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
