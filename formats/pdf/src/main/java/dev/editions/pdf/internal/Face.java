package dev.editions.pdf.internal;

/** The font faces the layout uses, each with the classpath resource of its TrueType file. */
enum Face {
    REGULAR("liberation/LiberationSans-Regular.ttf"),
    BOLD("liberation/LiberationSans-Bold.ttf"),
    ITALIC("liberation/LiberationSans-Italic.ttf"),
    BOLD_ITALIC("liberation/LiberationSans-BoldItalic.ttf"),
    MONO("liberation/LiberationMono-Regular.ttf"),
    FALLBACK("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"),
    FALLBACK_BOLD("net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf");

    private final String resource;

    Face(String resource) {
        this.resource = resource;
    }

    /** The classpath resource of the font file. */
    String resource() {
        return resource;
    }

    /** The main face for text that is or is not bold and italic. */
    static Face of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** The face to try when this one lacks a character. */
    Face fallback() {
        return this == BOLD || this == BOLD_ITALIC ? FALLBACK_BOLD : FALLBACK;
    }

    /** The font's name, for messages. */
    String familyName() {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        return file.substring(0, file.indexOf('.'));
    }
}
