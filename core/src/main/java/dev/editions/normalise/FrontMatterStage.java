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
 * Reads the front matter of two well-known plain-text formats into the metadata and keeps it out of
 * the body: a Project Gutenberg header ({@code Title:}, {@code Author:}, {@code Release date:},
 * {@code Language:}) with everything before its start marker and from its end marker on (the
 * licence), and an RFC's header block (number, authors, date) with the title lines under it. What
 * is removed is recorded.
 */
final class FrontMatterStage extends PlainTextStage {
    private static final Pattern GUTENBERG_START = Pattern.compile(
            "(?i)^\\s*\\*{3}\\s*START OF (?:THE|THIS) PROJECT GUTENBERG.*$");
    private static final Pattern GUTENBERG_END = Pattern.compile(
            "(?i)^\\s*(?:\\*{3}\\s*)?END OF (?:THE |THIS )?PROJECT GUTENBERG.*$");
    private static final Pattern PRODUCED_BY = Pattern.compile("(?is)^\\s*(?:e-?text )?(?:produced|prepared|transcribed) by\\b.*");

    @Override
    public String name() {
        return "front-matter";
    }

    @Override
    public StageResult apply(Document document) {
        Optional<StageResult> gutenberg = gutenberg(document);
        if (gutenberg.isPresent()) {
            return gutenberg.get();
        }
        return RfcHeader.read(document, name()).orElse(StageResult.unchanged(document));
    }

    private Optional<StageResult> gutenberg(Document document) {
        List<Block> blocks = document.blocks();
        int start = find(blocks, GUTENBERG_START, 0);
        if (start < 0) {
            return Optional.empty();
        }
        int end = find(blocks, GUTENBERG_END, start + 1);
        Metadata.Builder metadata = document.metadata().toBuilder();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            Lines.of(blocks.get(i)).ifPresent(lines -> lines.forEach(line -> GutenbergFields.read(line, metadata, changes)));
        }
        List<Removal> removals = new ArrayList<>(document.removals());
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            boolean inside = i > start && (end < 0 || i < end);
            String text = PlainText.of(blocks.get(i));
            if (inside && !(i == start + 1 && PRODUCED_BY.matcher(text).matches())) {
                body.add(blocks.get(i));
            } else {
                removals.add(new Removal(name(), text, -1, 0, i < start ? "Project Gutenberg header"
                        : i == start ? "Project Gutenberg start marker" : i == start + 1 && i != end ? "credits"
                        : "Project Gutenberg licence"));
            }
        }
        changes.add("removed the Project Gutenberg header (" + start + " blocks) and licence ("
                + (end < 0 ? 0 : blocks.size() - end) + " blocks)");
        return Optional.of(new StageResult(document.withMetadata(metadata.build()).withBlocks(body)
                .withRemovals(removals), changes));
    }

    /** The index of the first block from {@code from} with a line matching {@code marker}, or -1. */
    private static int find(List<Block> blocks, Pattern marker, int from) {
        for (int i = from; i < blocks.size(); i++) {
            Optional<List<String>> lines = Lines.of(blocks.get(i));
            if (lines.isPresent() && lines.get().stream().anyMatch(line -> marker.matcher(line).matches())) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the fields of a Project Gutenberg header line into metadata. */
    private static final class GutenbergFields {
        private static final Pattern FIELD = Pattern.compile("^\\s*(Title|Author|Release [Dd]ate|Language|Editor|Translator)"
                + ":\\s*(\\S.*?)\\s*$");
        private static final Pattern EBOOK = Pattern.compile("(?i)\\[e-?book #(\\d+)\\]");

        private GutenbergFields() {
        }

        static void read(String line, Metadata.Builder metadata, List<String> changes) {
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                return;
            }
            String value = field.group(2);
            switch (field.group(1)) {
                case "Title" -> metadata.title(value);
                case "Author", "Editor", "Translator" -> metadata.authors(List.of(value));
                case "Language" -> Languages.code(value).ifPresent(metadata::language);
                default -> {
                    Matcher ebook = EBOOK.matcher(value);
                    if (ebook.find()) {
                        metadata.identifier("https://www.gutenberg.org/ebooks/" + ebook.group(1));
                    }
                    Dates.parse(value).ifPresent(metadata::date);
                }
            }
            changes.add("front matter: " + field.group(1).toLowerCase(java.util.Locale.ROOT) + " " + value);
        }
    }
}
