package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Metadata;
import dev.editions.model.Removal;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an RFC: a block of two columns (working group, number and category on the left;
 * authors, organisations and date on the right) followed by the centred title.
 */
final class RfcHeader {
    private static final Pattern COLUMNS = Pattern.compile("^(\\S.*?)(?:\\s{2,}(\\S.*?))?\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^Request for Comments:\\s*(\\d+)");
    private static final Pattern AUTHOR = Pattern.compile("^((?:\\p{Lu}\\.\\s?){1,3}\\s*\\p{Lu}[\\p{L}'’-]+)(?:,\\s*Ed\\.)?$");
    private static final int MAX_HEADER_LINES = 16;
    /** A line indented this far holds only the right column. */
    private static final int RIGHT_COLUMN = 20;

    private RfcHeader() {
    }

    /** The document with its RFC header read into the metadata and removed, if it starts with one. */
    static Optional<StageResult> read(Document document, String stage) {
        List<Block> blocks = document.blocks();
        if (blocks.size() < 3) {
            return Optional.empty();
        }
        Optional<List<String>> header = Lines.of(blocks.get(0));
        if (header.isEmpty() || header.get().size() > MAX_HEADER_LINES) {
            return Optional.empty();
        }
        String number = null;
        List<String> authors = new ArrayList<>();
        Metadata.Builder metadata = document.metadata().toBuilder();
        for (String line : header.get()) {
            Matcher columns = COLUMNS.matcher(line.strip());
            if (!columns.matches()) {
                continue;
            }
            boolean rightOnly = Lines.indent(line) >= RIGHT_COLUMN;
            Matcher rfc = NUMBER.matcher(columns.group(1));
            if (!rightOnly && rfc.find()) {
                number = rfc.group(1);
            }
            String right = rightOnly ? line.strip() : columns.group(2) == null ? "" : columns.group(2);
            Matcher author = AUTHOR.matcher(right);
            if (author.matches()) {
                authors.add(author.group(1));
            }
            Dates.parse(right).ifPresent(metadata::date);
        }
        Optional<List<String>> titleLines = Lines.of(blocks.get(1));
        if (number == null || titleLines.isEmpty()
                || !titleLines.get().stream().allMatch(line -> Lines.indent(line) >= 4 && Lines.words(line) <= 16)) {
            return Optional.empty();
        }
        String title = String.join(" ", titleLines.get().stream().map(String::strip).toList());
        metadata.title(title).subtitle("RFC " + number).authors(authors).identifier("urn:ietf:rfc:" + number);
        List<Removal> removals = new ArrayList<>(document.removals());
        removals.add(new Removal(stage, PlainText.of(blocks.get(0)), -1, 0, "RFC header"));
        removals.add(new Removal(stage, PlainText.of(blocks.get(1)), -1, 0, "became the title"));
        return Optional.of(new StageResult(document.withMetadata(metadata.build())
                .withBlocks(blocks.subList(2, blocks.size())).withRemovals(removals),
                List.of("front matter: RFC " + number + ", “" + title + "” by " + String.join(", ", authors))));
    }
}
