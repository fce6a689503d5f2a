package dev.editions.write;

/**
 * The options every edition laid out on pages shares (the PDF's pages, the DOCX's sections): paper
 * size and margin. Writers that use them list them in {@link EditionWriter#options()}.
 */
public final class PageOptions {
    /** The paper size. */
    public static final OptionKey<PageSize> SIZE = OptionKey.choice("page.size", PageSize.class, PageSize.A4,
            "Paper size of editions laid out on pages.");
    /** The margin on every side, in millimetres. */
    public static final OptionKey<Double> MARGIN = OptionKey.number("page.margin", 25, 5, 60,
            "Page margin on every side, in millimetres.");

    private PageOptions() {
    }
}
