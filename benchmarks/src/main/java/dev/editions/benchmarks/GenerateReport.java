package dev.editions.benchmarks;

import dev.editions.fixtures.ReportGenerator;
import dev.editions.markdown.MarkdownWriter;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated report as Markdown, as messy plain text and as Typst markup (for the comparison
 * with Typst's tagged PDF):
 * {@code java -cp benchmarks.jar dev.editions.benchmarks.GenerateReport FOLDER [WORDS] [SEED]}.
 */
public final class GenerateReport {
    /** The share of paragraphs repeated in the plain text. */
    public static final double DUPLICATE_SHARE = 0.1;

    private GenerateReport() {
    }

    /** The generated report of about {@code words} words. */
    public static Document document(int words, long seed) {
        return new ReportGenerator(seed).generate(words);
    }

    /**
     * The report as Markdown, written by Editions' own Markdown writer. Its pictures are files beside it,
     * which this leaves out: read from memory, each picture's alt text stands in its place.
     */
    public static byte[] markdown(Document document) throws IOException {
        return markdown(document, WriteContext.of(EditionOptions.builder().build(), "generated"));
    }

    private static byte[] markdown(Document document, WriteContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownWriter().write(document, out, context);
        return out.toByteArray();
    }

    /** The report as messy plain text. */
    public static byte[] plainText(Document document, long seed) {
        return MessyReport.of(document, DUPLICATE_SHARE, seed).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code report.md}, {@code report.txt} and {@code report.typ} into the folder given. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GenerateReport FOLDER [WORDS] [SEED]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Document document = document(words, seed);
        WriteContext context = WriteContext.of(EditionOptions.builder().build(), "generated");
        Files.write(folder.resolve("report.md"), markdown(document, context));
        for (var picture : context.companions().files().entrySet()) {
            Path file = folder.resolve(picture.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, picture.getValue());
        }
        Files.write(folder.resolve("report.txt"), plainText(document, seed));
        TypstMarkup typst = TypstMarkup.of(document);
        Files.writeString(folder.resolve("report.typ"), typst.source(), StandardCharsets.UTF_8);
        for (var picture : typst.pictures().entrySet()) {
            Path file = folder.resolve(picture.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, picture.getValue());
        }
    }
}
