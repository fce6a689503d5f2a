package dev.editions.docx.internal.check;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Styles: every style the text uses is defined, heading styles carry both Word's built-in name and
 * the matching outline level, and explicit text colours have enough contrast.
 */
final class StyleRules {
    static final String DEFINED = "docx.style-defined";
    static final String HEADING_OUTLINE = "docx.heading-outline";
    static final String CONTRAST = "docx.contrast";
    private static final Pattern HEADING_NAME = Pattern.compile("heading ([1-9])");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{6}");
    private static final double MIN_CONTRAST = 4.5;
    private static final double MIN_CONTRAST_LARGE = 3.0;

    private StyleRules() {
    }

    static void check(Inspection in) {
        defined(in);
        headingOutline(in);
        contrast(in, in.pkg().styles(), "word/styles.xml");
        contrast(in, in.pkg().document(), "word/document.xml");
    }

    private static void defined(Inspection in) {
        Set<String> missing = new TreeSet<>();
        for (String local : new String[] {"pStyle", "rStyle", "tblStyle"}) {
            for (Element use : Xml.descendants(in.pkg().document(), Xml.W, local)) {
                String id = Xml.attr(use, "val");
                if (id != null && !in.styles().defines(id)) {
                    missing.add(id);
                }
            }
        }
        for (String id : missing) {
            in.report(DEFINED, "word/document.xml", "the style '" + id + "' is used but not defined, so readers "
                    + "fall back to plain text and lose its meaning (a heading is no longer a heading)");
        }
    }

    private static void headingOutline(Inspection in) {
        for (Map.Entry<String, Element> style : in.styles().all().entrySet()) {
            String name = in.styles().name(style.getKey());
            Matcher m = HEADING_NAME.matcher(name);
            int outline = in.styles().outlineLevel(style.getKey());
            if (m.matches() && outline != Integer.parseInt(m.group(1)) - 1) {
                in.report(HEADING_OUTLINE, "style " + style.getKey(), "the heading style '" + name + "' has "
                        + (outline < 0 ? "no outline level" : "outline level " + (outline + 1))
                        + ", so converters that read outline levels (LibreOffice, PDF export) miss its headings");
            }
        }
    }

    private static void contrast(Inspection in, Element root, String part) {
        for (Element color : Xml.descendants(root, Xml.W, "color")) {
            String value = Xml.attr(color, "val");
            Element rPr = (Element) color.getParentNode();
            if (value == null || !HEX.matcher(value).matches() || !Xml.is(rPr, Xml.W, "rPr")) {
                continue;
            }
            String background = background(rPr);
            double ratio = ratio(value, background);
            double needed = large(rPr) ? MIN_CONTRAST_LARGE : MIN_CONTRAST;
            if (ratio < needed) {
                in.report(CONTRAST, part, String.format(Locale.ROOT, "text colour #%s on #%s has a contrast of %.2f:1, "
                        + "below %.1f:1", value.toUpperCase(Locale.ROOT), background, ratio, needed));
            }
        }
    }

    private static String background(Element rPr) {
        for (Element scope = rPr; scope != null; scope = scope.getParentNode() instanceof Element e ? e : null) {
            Element shading = Xml.child(scope, Xml.W, "shd");
            if (shading == null) {
                shading = Xml.child(Xml.child(scope, Xml.W, "tcPr"), Xml.W, "shd");
            }
            String fill = Xml.attr(shading, "fill");
            if (fill != null && HEX.matcher(fill).matches()) {
                return fill.toUpperCase(Locale.ROOT);
            }
            if (Xml.is(scope, Xml.W, "style") || Xml.is(scope, Xml.W, "p")) {
                break;
            }
        }
        return "FFFFFF";
    }

    private static boolean large(Element rPr) {
        String size = Xml.val(rPr, "sz");
        int halfPoints;
        try {
            halfPoints = size == null ? 22 : Integer.parseInt(size);
        } catch (NumberFormatException e) {
            halfPoints = 22;
        }
        return halfPoints >= 36 || halfPoints >= 28 && Xml.on(rPr, "b");
    }

    /** The WCAG contrast ratio of two sRGB colours given as six hex digits. */
    static double ratio(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return 0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
