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
 * author, subject, tags and comments) and the theme font language in the settings.
 */
final class DocumentProperties {
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
        }
    }

    private static Optional<String> joined(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", values));
    }
}
