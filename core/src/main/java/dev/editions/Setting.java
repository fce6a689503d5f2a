package dev.editions;

/**
 * The settings every front end offers, under one name each: the command line's flag and the Maven
 * plugin's parameter (and its {@code editions.NAME} property) are derived from this list, and a test
 * in each front end holds it to it. Settings that stand for a writer option name that option; their
 * default is the option's own.
 */
public enum Setting {
    /** The formats to write. */
    FORMATS("formats", "--formats", null),
    /** Replaces the title found in the source. */
    TITLE("title", "--title", null),
    /** Replaces the language found in the source. */
    LANGUAGE("language", "--language", null),
    /** Replaces the authors found in the source. */
    AUTHORS("authors", "--author", null),
    /** Replaces the publishers found in the source. */
    PUBLISHERS("publishers", "--publisher", null),
    /** Normaliser stages to leave out; on the command line one {@code --no-STAGE} switch per stage. */
    DISABLED_STAGES("disabledStages", "--no-", null),
    /** Keeps repeated paragraphs (leaves out the {@code dedupe} stage). */
    KEEP_DUPLICATES("keepDuplicates", "--keep-duplicates", null),
    /** Turns diagnostics into errors. */
    STRICT("strict", "--strict", null),
    /** Writes none of a report's editions when any of them fails. */
    ALL_OR_NOTHING("allOrNothing", "--all-or-nothing", null),
    /** The most pixels a picture may have (default 100 megapixels). */
    MAX_IMAGE_PIXELS("maxImagePixels", "--max-image-pixels", null),
    /** Writer options as NAME=VALUE. */
    OPTIONS("options", "--option", null),
    /** The paper size of paged editions. */
    PAGE_SIZE("pageSize", "--page-size", "page.size"),
    /** The page margin of paged editions. */
    MARGIN("margin", "--margin", "page.margin"),
    /** Whether the PDF edition's body text is justified. */
    JUSTIFY("justify", "--justify", "pdf.justify"),
    /** Folders with fonts for characters the PDF edition's own fonts lack, searched before the system's. */
    FONT_DIRECTORIES("fontDirectories", "--font-dir", "pdf.font-dirs"),
    /** Who vouches for the EPUB edition's accessibility claims. */
    CERTIFIED_BY("certifiedBy", "--certified-by", "epub.certified-by");

    private final String parameter;
    private final String flag;
    private final String option;

    Setting(String parameter, String flag, String option) {
        this.parameter = parameter;
        this.flag = flag;
        this.option = option;
    }

    /** The Maven plugin's parameter name; its user property is {@code editions.} followed by it. */
    public String parameter() {
        return parameter;
    }

    /** The command line's flag. */
    public String flag() {
        return flag;
    }

    /** The writer option this setting is a shorthand for, or null. */
    public String option() {
        return option;
    }
}
