package dev.editions.verify;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates an EPUB edition with EPUBCheck, in process. Fatal errors, errors and warnings are
 * findings; usage notes are not. EPUBCheck compiles its schemas on its first run in a JVM (several
 * seconds) and reuses them after, so one run checks many books quickly; books are checked one at a
 * time.
 */
public final class EpubCheckChecker implements EditionChecker {
    /** Creates the checker. */
    public EpubCheckChecker() {
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public String name() {
        return "EPUBCheck";
    }

    @Override
    public String version() {
        return Versions.of("EPUBCheck");
    }

    @Override
    public String profile() {
        return "EPUB 3.3";
    }

    @Override
    public List<Finding> check(Path edition) {
        synchronized (EpubCheckChecker.class) {
            Collector report = new Collector();
            report.setReportingLevel(ReportingLevel.Usage);
            new EpubCheck(edition.toFile(), report).check();
            return List.copyOf(report.findings);
        }
    }

    private static final class Collector extends MasterReport {
        private final List<Finding> findings = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING) {
                String where = location.getPath() + (location.getLine() > 0
                        ? "(" + location.getLine() + "," + location.getColumn() + ")" : "");
                findings.add(new Finding(message.getID().toString(), where,
                        severity.toString().toLowerCase(java.util.Locale.ROOT) + ": " + message.getMessage(args)));
            }
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
