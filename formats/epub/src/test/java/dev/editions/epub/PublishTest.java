package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.Editions;
import dev.editions.Publication;
import dev.editions.epub.check.EpubChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real sample report, read and normalised by the facade, publishes as a clean EPUB. */
class PublishTest {
    @Test
    void publishesTheSampleReportThroughTheFacade() throws Exception {
        Path source = Path.of("..", "..", "samples", "defining-dialogue.txt");
        Path folder = Files.createDirectories(Books.SCRATCH.resolve("published"));

        Publication publication = Editions.read(source).normalise().publish(folder, "epub");
        Path epub = publication.paths().getFirst();
        Path kept = Files.copy(epub, Files.createDirectories(Books.FOLDER).resolve("defining-dialogue.epub"),
                StandardCopyOption.REPLACE_EXISTING);

        assertEquals(List.of(), EpubCheckValidator.validate(kept));
        assertEquals(List.of(), new EpubChecker().check(kept));
    }
}
