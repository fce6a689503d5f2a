package dev.editions.verify;

import dev.editions.EditionsException;
import dev.editions.check.CheckResult;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Validates a PDF edition with veraPDF, in process and with its own PDF parser, against one
 * profile. Every failed rule is one finding: its clause and test number, how often it failed, what
 * it requires and where it failed first.
 */
abstract sealed class VeraPdfChecker implements EditionChecker permits PdfUaChecker, PdfA2aChecker {
    private static boolean initialised;

    private final PDFAFlavour flavour;
    private final String profile;

    VeraPdfChecker(PDFAFlavour flavour, String profile) {
        this.flavour = flavour;
        this.profile = profile;
    }

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String name() {
        return "veraPDF";
    }

    @Override
    public String version() {
        return Versions.of("veraPDF");
    }

    @Override
    public String profile() {
        return profile;
    }

    @Override
    public List<Finding> check(Path edition) {
        return run(edition).findings();
    }

    @Override
    public CheckResult run(Path edition) {
        initialise();
        try (InputStream in = Files.newInputStream(edition);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, 1, false, true, false);
            ValidationResult result = validator.validate(parser);
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
                RuleId rule = failed.getKey();
                String where = result.getTestAssertions().stream()
                        .filter(assertion -> assertion.getRuleId().equals(rule))
                        .map(TestAssertion::getLocation).map(location -> location.getContext()).findFirst().orElse("");
                findings.add(new Finding(rule.getClause() + "-" + rule.getTestNumber(), where,
                        String.format(Locale.ROOT, "%s (failed %d time%s)",
                                validator.getProfile().getRuleByRuleId(rule).getDescription(), failed.getValue(),
                                failed.getValue() == 1 ? "" : "s")));
            }
            if (!result.isCompliant() && findings.isEmpty()) {
                findings.add(new Finding("verapdf.non-compliant", "", "veraPDF found the file not compliant "
                        + "without naming a rule"));
            }
            return CheckResult.of(this, result.getTotalAssertions(), findings);
        } catch (ModelParsingException | EncryptedPdfException e) {
            throw EditionsException.of(edition.toString(), "cannot be read as a PDF: " + e.getMessage(), e);
        } catch (ValidationException | IOException e) {
            throw EditionsException.of(edition.toString(), "could not be validated by veraPDF: " + e.getMessage(), e);
        }
    }
}
