package dev.editions.epub.internal;

import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.write.WriteContext;
import dev.editions.text.Identifiers;
import dev.editions.text.Outline;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Everything decided about a publication before its parts are written: the split into content
 * documents, anchors, picture paths, page breaks, identifier and modification time.
 *
 * @param document the report
 * @param context the options, page map and date of the run
 * @param outline the headings with their anchors
 * @param chapters the content documents
 * @param images the pictures with their paths
 * @param links how link targets resolve
 * @param pages the page breaks of the paginated edition, possibly none
 * @param identifier the publication's unique identifier
 * @param modified the last-modified time, whole seconds
 */
public record Publication(
        Document document,
        WriteContext context,
        Outline outline,
        Chapters chapters,
        Images images,
        LinkTargets links,
        PageMarkers pages,
        String identifier,
        Instant modified) {

    /** Plans the publication of {@code document}; {@code edition} names it in messages. */
    public static Publication plan(Document document, WriteContext context, String edition) {
        Outline outline = Outline.of(document);
        Chapters chapters = Chapters.of(document, outline);
        return new Publication(document, context, outline, chapters, new Images(Blocks.withNotes(document)),
                new LinkTargets(edition, outline, chapters),
                new PageMarkers(context.pageMap(), document.blocks().size()),
                Identifiers.of(document), context.modified().truncatedTo(ChronoUnit.SECONDS));
    }
}
