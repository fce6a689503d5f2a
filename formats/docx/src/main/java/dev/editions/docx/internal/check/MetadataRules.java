package dev.editions.docx.internal.check;

import dev.editions.model.LanguageTag;
import org.w3c.dom.Element;

/**
 * The document title in the core properties and the document language in the default run
 * properties; "undetermined" passes only when the document says it was meant (a custom property).
 */
final class MetadataRules {
    private static final String CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    static final String TITLE = "docx.title";
    static final String LANGUAGE = "docx.language";
    /** The custom property by which a document declares its language undetermined on purpose. */
    static final String UNDETERMINED_PROPERTY = "LanguageUndetermined";

    private MetadataRules() {
    }

    static void check(Inspection in) {
        Element title = Xml.child(in.pkg().core(), Xml.DC, "title");
        if (title == null || title.getTextContent().isBlank()) {
            in.report(TITLE, "docProps/core.xml", "the document has no title (File > Info > Title); screen readers "
                    + "announce it and PDF conversions need it");
        }
        Element defaults = Xml.child(Xml.child(Xml.child(Xml.child(in.pkg().styles(), Xml.W, "docDefaults"),
                Xml.W, "rPrDefault"), Xml.W, "rPr"), Xml.W, "lang");
        String language = Xml.attr(defaults, "val");
        boolean undetermined = language != null && (language.equalsIgnoreCase(LanguageTag.UNDETERMINED)
                || language.equalsIgnoreCase("zxx"));
        if (undetermined && !declaredUndetermined(in.pkg().customProperties())) {
            in.report(LANGUAGE, "word/styles.xml", "the document language is '" + language + "' (undetermined) and"
                    + " the document does not say that was meant (custom property " + UNDETERMINED_PROPERTY
                    + "); screen readers need the language to pronounce the text");
        } else if (language == null || !LanguageTag.isWellFormed(language)) {
            in.report(LANGUAGE, "word/styles.xml", "the document language is not set in the default text properties"
                    + (language == null ? "" : " ('" + language + "' is not a language tag)")
                    + "; screen readers need it to pronounce the text");
        }
        for (Element lang : Xml.descendants(in.pkg().document(), Xml.W, "lang")) {
            String value = Xml.attr(lang, "val");
            if (value != null && !LanguageTag.isWellFormed(value)) {
                in.report(LANGUAGE, "word/document.xml", "the text language '" + value + "' is not a language tag");
            }
        }
    }

    private static boolean declaredUndetermined(Element custom) {
        if (custom == null) {
            return false;
        }
        for (Element property : Xml.children(custom, CUSTOM, "property")) {
            if (UNDETERMINED_PROPERTY.equals(property.getAttribute("name"))) {
                return true;
            }
        }
        return false;
    }
}
