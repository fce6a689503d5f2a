package dev.editions.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs EPUBCheck in process. Its first run compiles its schemas (several seconds); later runs in the
 * same JVM reuse them, so every test validates through this one holder, one book at a time.
 */
final class EpubCheckValidator {
    private EpubCheckValidator() {
    }

    /** Every message EPUBCheck reports for {@code epub}, usage level included. */
    static synchronized List<String> validate(Path epub) {
        Collector report = new Collector();
        report.setReportingLevel(ReportingLevel.Usage);
        new EpubCheck(epub.toFile(), report).check();
        return List.copyOf(report.messages);
    }

    private static final class Collector extends MasterReport {
        private final List<String> messages = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            messages.add(message.getSeverity() + " " + message.getID() + " " + location.getPath() + "("
                    + location.getLine() + "," + location.getColumn() + "): " + message.getMessage(args));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // Features found are not problems.
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // Nothing to set up.
        }
    }
}
