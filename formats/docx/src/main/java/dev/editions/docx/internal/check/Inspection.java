package dev.editions.docx.internal.check;

import dev.editions.check.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rules share while checking one package: its parts, its styles, its paragraphs, and the
 * findings so far.
 *
 * @param pkg the package
 * @param styles the styles it defines
 * @param paragraphs its body paragraphs in reading order
 * @param findings the findings, in the order found
 */
public record Inspection(DocxPackage pkg, StyleIndex styles, List<Paragraph> paragraphs, List<Finding> findings) {
    /** Starts checking {@code pkg}. */
    static Inspection of(DocxPackage pkg) {
        StyleIndex styles = new StyleIndex(pkg.styles());
        return new Inspection(pkg, styles, pkg.paragraphs(styles), new ArrayList<>());
    }

    /** Records a finding. */
    void report(String rule, String location, String message) {
        findings.add(new Finding(rule, location, message));
    }
}
