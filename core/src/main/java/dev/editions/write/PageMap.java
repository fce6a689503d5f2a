package dev.editions.write;

import java.util.List;

/**
 * Where the pages of a paginated edition (the PDF) start, in terms of the model, so reflowable
 * editions can carry page-break markers and a page list that match it.
 *
 * @param sourceIdentifier the identifier of the paginated edition the pages belong to
 * @param starts the page starts in page order
 */
public record PageMap(String sourceIdentifier, List<PageStart> starts) {
    /** Checks and copies the fields. */
    public PageMap {
        if (sourceIdentifier == null || sourceIdentifier.isBlank()) {
            throw new IllegalArgumentException("page map source identifier must not be blank");
        }
        starts = List.copyOf(starts);
    }

    /**
     * The start of one page.
     *
     * @param label the page label as printed, e.g. {@code 7}
     * @param block the index of the top-level block the page starts in
     * @param offset the character offset, within {@link dev.editions.text.PlainText#of(dev.editions.model.Block)} of that
     *     block, of the first character on the page (0 when the page starts with the block)
     */
    public record PageStart(String label, int block, int offset) {
        /** Checks the fields. */
        public PageStart {
            if (label == null || label.isBlank() || block < 0 || offset < 0) {
                throw new IllegalArgumentException("bad page start " + label + " at block " + block + " offset " + offset);
            }
        }
    }
}
