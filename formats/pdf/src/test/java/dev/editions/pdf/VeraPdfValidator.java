package dev.editions.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, set up once per test JVM (its first validation is slow), validating PDFs in memory
 * against a PDF/UA or PDF/A profile.
 */
final class VeraPdfValidator {
    private static boolean initialised;

    private VeraPdfValidator() {
    }

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /**
     * The outcome of validating {@code pdf} against {@code flavour}.
     *
     * @param checks how many checks ran
     * @param failures one line per failed rule: its id, how often it failed, what it requires and
     *     where it failed first
     */
    record Outcome(int checks, List<String> failures) {
    }

    /** Validates {@code pdf} against {@code flavour}; every failed rule is listed, none is capped. */
    static Outcome validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, 1, false, true, false);
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
                RuleId rule = failed.getKey();
                String where = result.getTestAssertions().stream()
                        .filter(assertion -> assertion.getRuleId().equals(rule))
                        .map(VeraPdfValidator::describe).findFirst().orElse("");
                failures.add(String.format(Locale.ROOT, "%s-%d x%d: %s%s", rule.getClause(), rule.getTestNumber(),
                        failed.getValue(), validator.getProfile().getRuleByRuleId(rule).getDescription(), where));
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant, but no failed rule was reported");
            }
            return new Outcome(result.getTotalAssertions(), failures);
        }
    }

    private static String describe(TestAssertion assertion) {
        return " (" + assertion.getMessage() + " at " + assertion.getLocation().getContext() + ")";
    }
}
