package dev.editions.benchmarks;

import dev.editions.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes many generated Markdown reports into one folder, for timing a folder run:
 * {@code java -cp benchmarks.jar dev.editions.benchmarks.GenerateReports FOLDER COUNT WORDS [SEED]}
 * writes {@code report-0001.md} and so on, each of about WORDS words, each from its own seed.
 */
public final class GenerateReports {
    private GenerateReports() {
    }

    /** Writes the reports. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: GenerateReports FOLDER COUNT WORDS [SEED]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int words = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        for (int i = 1; i <= count; i++) {
            Document document = GenerateReport.document(words, seed + i);
            Files.write(folder.resolve(String.format("report-%04d.md", i)), GenerateReport.markdown(document));
        }
    }
}
