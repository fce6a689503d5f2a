package dev.editions.check;

import java.util.Locale;

/**
 * A {@link ConformanceReport} as {@code conformance.html}: one accessible page (language declared,
 * one {@code h1}, a table per edition with a caption and column headers) a publisher can put beside
 * the editions. The same report gives the same bytes.
 */
public final class ConformanceHtml {
    private final StringBuilder out = new StringBuilder();

    private ConformanceHtml() {
    }

    /** The report as an HTML5 page. */
    public static String of(ConformanceReport report) {
        ConformanceHtml html = new ConformanceHtml();
        html.page(report);
        return html.out.toString();
    }

    private void page(ConformanceReport report) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Conformance report</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}")
                .append("table{border-collapse:collapse;margin-bottom:1em}th,td{border:1px solid #555;padding:.3em .6em;")
                .append("text-align:left;vertical-align:top}.fail{color:#a00000;font-weight:bold}</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>Conformance report</h1>\n<p>");
        text(report.editions().size() + " edition" + (report.editions().size() == 1 ? "" : "s") + " checked by "
                + report.generator() + " at " + report.checkedAt() + ": ");
        out.append(report.failed() ? "<strong class=\"fail\">some checks failed</strong>" : "every check passed");
        out.append(".</p>\n");
        for (EditionConformance edition : report.editions()) {
            edition(edition);
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    private void edition(EditionConformance edition) {
        out.append("<section>\n<h2>");
        text(edition.file());
        out.append("</h2>\n<p>Format ");
        text(edition.format());
        out.append(", ").append(edition.size()).append(" bytes, SHA-256 <code>").append(edition.sha256())
                .append("</code>.</p>\n");
        if (edition.results().isEmpty()) {
            out.append("<p>No checker for this format was available.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<caption>Checks of ");
        text(edition.file());
        out.append("</caption>\n<thead><tr><th scope=\"col\">Checker</th><th scope=\"col\">Version</th>")
                .append("<th scope=\"col\">Profile</th><th scope=\"col\">Result</th><th scope=\"col\">Checks run</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (CheckResult result : edition.results()) {
            out.append("<tr><td>");
            text(result.checker());
            out.append("</td><td>");
            text(result.version().isEmpty() ? "unknown" : result.version());
            out.append("</td><td>");
            text(result.profile());
            out.append("</td><td>").append(status(result)).append("</td><td>")
                    .append(result.checks() < 0 ? "not counted" : String.format(Locale.ROOT, "%,d", result.checks()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        for (CheckResult result : edition.results()) {
            if (result.failed()) {
                out.append("<h3>");
                text(result.checker() + " " + result.profile() + ": " + result.findings().size() + " finding"
                        + (result.findings().size() == 1 ? "" : "s"));
                out.append("</h3>\n<ul>\n");
                for (Finding finding : result.findings()) {
                    out.append("<li><code>");
                    text(finding.rule());
                    out.append("</code> ");
                    text(finding.location().isEmpty() ? finding.message() : finding.location() + ": " + finding.message());
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
        }
        out.append("</section>\n");
    }

    private String status(CheckResult result) {
        return switch (result.status()) {
            case PASS -> "pass";
            case FAIL -> "<strong class=\"fail\">fail</strong>";
            case NOT_RUN -> "not run: " + escape(result.note());
        };
    }

    private void text(String text) {
        out.append(escape(text));
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(dev.editions.SafeText.isUnsafe(c) && c != '\n' && c != '\t'
                        ? String.format(Locale.ROOT, "U+%04X", c) : Character.toString(c));
            }
        });
        return escaped.toString();
    }
}
