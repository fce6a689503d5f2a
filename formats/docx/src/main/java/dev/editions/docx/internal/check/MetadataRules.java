package dev.editions.docx.internal.check;

import dev.editions.model.LanguageTag;
import org.w3c.dom.Element;

/** The document title in the core properties and the document language in the default run properties. */
final class MetadataRules {
    static final String TITLE = "docx.title";
    static final String LANGUAGE = "docx.language";

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
        if (language == null || !LanguageTag.isWellFormed(language) || language.equalsIgnoreCase(LanguageTag.UNDETERMINED)) {
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
}
