package dev.editions.docx.internal;

import dev.editions.model.Metadata;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the package's core properties from the metadata (what Word shows as the document title,
 * author, subject, tags and comments), the theme font language in the settings, and, for a report
 * whose language could not be told, a custom property saying so.
 */
final class DocumentProperties {
    /**
     * The custom property that records, in the document itself, that its language is declared
     * undetermined on purpose (the report was published with a warning saying so).
     */
    static final String LANGUAGE_UNDETERMINED = "LanguageUndetermined";
    private DocumentProperties() {
    }

    static void write(XWPFDocument doc, Metadata metadata, Instant modified) {
        PackagePropertiesPart core = doc.getProperties().getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(metadata.title());
        List<String> creators = metadata.authors().isEmpty() ? metadata.publishers() : metadata.authors();
        core.setCreatorProperty(joined(creators));
        core.setSubjectProperty(Optional.ofNullable(metadata.subtitle()));
        core.setDescriptionProperty(Optional.ofNullable(metadata.description()));
        core.setKeywordsProperty(joined(metadata.keywords()));
        core.setIdentifierProperty(Optional.ofNullable(metadata.identifier()));
        core.setLanguageProperty(metadata.hasLanguage() ? Optional.of(metadata.language()) : Optional.empty());
        core.setLastModifiedByProperty(Optional.empty());
        Optional<Date> date = Optional.of(Date.from(modified));
        core.setCreatedProperty(date);
        core.setModifiedProperty(date);
        if (metadata.hasLanguage()) {
            doc.getSettings().getCTSettings().addNewThemeFontLang().setVal(metadata.language());
        } else {
            doc.getProperties().getCustomProperties().addProperty(LANGUAGE_UNDETERMINED, "The report's language"
                    + " could not be told from its text, so the document declares it undetermined ('und').");
        }
    }

    private static Optional<String> joined(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", values));
    }
}
