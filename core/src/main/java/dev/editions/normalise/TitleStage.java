package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Removal;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title of a plain-text report and removes download artefacts. Only the first and last
 * blocks are looked at, and only when they are short single lines: there a file size (", 3 Mb",
 * "(PDF, 4.7 MB)", "— 512 KB"), a file type ("(PDF)"), a download marker ("Download full report:")
 * or a teaser ending ("Continue reading") is removed; body text keeps them ("a 5 GB archive").
 * A title-like edge line, or one that carried such an artefact, becomes the title, split into title
 * and subtitle at its first full stop ("… Relations. Part 2. RIAC and RUSI Report"). Markers such as
 * "[Illustration]" before the first line are passed over. A report whose front matter gave its
 * catalogue record keeps that title; a line repeating it is dropped.
 */
final class TitleStage extends PlainTextStage {
    private static final int MAX_WORDS = 30;
    /** A numbered section heading ("1.  Introduction") is not the report's title. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s");
    /** A placeholder for a picture or a note in a transcription, which comes before the title. */
    private static final Pattern MARKER = Pattern.compile("(?i)^\\s*\\[(?:illustration|frontispiece|picture|image|photo|logo"
            + "|transcriber).*\\]\\s*$");
    private static final int MAX_LENGTH = 300;
    private static final Pattern SIZE = Pattern.compile("(?iu)[\\s,;:|·•(\\[–—-]*(?:\\b(?:pdf|docx?|xlsx?|pptx?|epub|zip|rtf|odt|ods|csv|word|excel)"
            + "\\b[\\s,;:|·]*)?\\(?\\d{1,4}(?:[.,]\\d{1,2})?\\s?(?:[kmg]i?b|[kmg]o|bytes?)\\b\\)?[\\])]?\\s*$");
    private static final Pattern TYPE = Pattern.compile("(?iu)[\\s,;:|–—-]*[(\\[]\\s*(?:pdf|docx?|epub|word)\\s*[)\\]]\\s*$");
    private static final String DOWNLOAD_WORDS = "download|télécharger|telecharger|herunterladen|descargar|scarica(?:re)?"
            + "|baixar|transferir|downloaden|download(?:en)? (?:het|de) (?:rapport|pdf)";
    private static final Pattern DOWNLOAD = Pattern.compile("(?iu)^\\s*\\[?(?:" + DOWNLOAD_WORDS + ")\\]?"
            + "(?:\\s+(?:the\\s+)?(?:full\\s+)?(?:report|pdf|file|publication))?\\s*[:|–—-]?\\s*");
    private static final Pattern TRAILING_DOWNLOAD = Pattern.compile("(?iu)[\\s,;:|–—-]*[(\\[]?(?:" + DOWNLOAD_WORDS
            + ")[)\\]]?\\s*$");

    @Override
    public String name() {
        return "title";
    }

    @Override
    public StageResult apply(Document document) {
        List<Block> blocks = new ArrayList<>(document.blocks());
        List<Removal> removals = new ArrayList<>(document.removals());
        List<String> changes = new ArrayList<>();
        String title = null;
        boolean catalogued = document.metadata().identifier() != null;
        int front = 0;
        while (front < blocks.size() - 1 && singleLine(blocks.get(front)).filter(l -> MARKER.matcher(l).matches()).isPresent()) {
            front++;
        }
        for (int edge : blocks.size() > 1 ? new int[] {blocks.size() - 1, front} : new int[] {0}) {
            Optional<String> line = singleLine(blocks.get(edge));
            if (line.isEmpty() || TeaserStage.isTeaser(blocks.get(edge), blocks)) {
                continue;
            }
            if (catalogued) {
                if (line.get().strip().equalsIgnoreCase(document.metadata().title())) {
                    removals.add(new Removal(name(), line.get(), -1, 0, "repeats the title"));
                    changes.add("removed “" + line.get().strip() + "”, which repeats the title");
                    blocks.remove(edge);
                }
                continue;
            }
            String cleaned = withoutArtefacts(line.get());
            boolean hadArtefact = !cleaned.equals(line.get().strip());
            if (hadArtefact) {
                changes.add("removed download artefacts from “" + line.get().strip() + "”, leaving “" + cleaned + "”");
            }
            boolean titleLike = hadArtefact || isTitleLike(cleaned);
            if (blocks.size() > 1 && (cleaned.isEmpty() || title == null && titleLike)) {
                if (!cleaned.isEmpty()) {
                    title = cleaned;
                }
                removals.add(new Removal(name(), line.get(), -1, 0,
                        cleaned.isEmpty() ? "download or teaser link" : "became the title"));
                blocks.remove(edge);
            } else if (hadArtefact && !cleaned.isEmpty()) {
                blocks.set(edge, Paragraph.of(cleaned));
            }
        }
        if (title == null) {
            return changes.isEmpty() ? StageResult.unchanged(document)
                    : new StageResult(document.withBlocks(blocks).withRemovals(removals), changes);
        }
        Metadata metadata = withTitle(document.metadata(), title);
        changes.add("title: " + metadata.title() + (metadata.subtitle() == null ? "" : "; subtitle: " + metadata.subtitle()));
        return new StageResult(document.withMetadata(metadata).withBlocks(blocks).withRemovals(removals), changes);
    }

    private static Optional<String> singleLine(Block block) {
        if (block instanceof Paragraph paragraph && paragraph.content().size() == 1
                && paragraph.content().get(0) instanceof Text text && text.text().length() <= MAX_LENGTH
                && Lines.words(text.text()) <= MAX_WORDS) {
            return Optional.of(text.text());
        }
        return Optional.empty();
    }

    /** The line without its download marker, file size or type, and teaser ending. */
    static String withoutArtefacts(String line) {
        String text = line.strip();
        String before;
        do {
            before = text;
            text = strip(DOWNLOAD, text);
            text = strip(SIZE, text);
            text = strip(TYPE, text);
            text = strip(TeaserLinks.PATTERN, text);
            text = strip(TRAILING_DOWNLOAD, text);
        } while (!text.equals(before));
        return text;
    }

    private static String strip(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? (text.substring(0, matcher.start()) + text.substring(matcher.end())).strip() : text;
    }

    /** Short, without a final full stop, and with most of its words capitalised. */
    private static boolean isTitleLike(String line) {
        if (line.isEmpty() || Lines.words(line) > 15 || Lines.words(line) < 2 || line.endsWith(".") || line.endsWith(",")
                || line.endsWith(":") || SECTION_NUMBER.matcher(line).find()) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String word : line.split("\\s+")) {
            if (word.length() > 3) {
                words++;
                if (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return words > 0 && capitalised * 10 >= words * 7;
    }

    private static Metadata withTitle(Metadata metadata, String line) {
        int stop = line.indexOf(". ");
        Metadata.Builder builder = metadata.toBuilder();
        if (stop > 0 && stop < line.length() - 2) {
            String subtitle = line.substring(stop + 2).strip();
            builder.title(line.substring(0, stop).strip())
                    .subtitle(subtitle.endsWith(".") ? subtitle.substring(0, subtitle.length() - 1) : subtitle);
        } else {
            builder.title(line);
        }
        return builder.build();
    }
}
