package dev.editions.pdf.internal;

/**
 * What a drawn item is to assistive technology: content of a structure element, or an artifact of
 * some kind.
 *
 * @param tag the structure element, or {@code null} for an artifact
 * @param artifact the kind of artifact, or {@code null} for content
 */
record Mark(Tag tag, Artifact artifact) {
    /** Content of {@code tag}. */
    static Mark of(Tag tag) {
        return new Mark(tag, null);
    }

    /** An artifact of {@code kind}. */
    static Mark artifact(Artifact kind) {
        return new Mark(null, kind);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mark mark && mark.tag == tag && mark.artifact == artifact;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(tag) * 31 + (artifact == null ? 0 : artifact.hashCode());
    }

    /** The kinds of artifact: decoration, or page furniture repeated for pagination. */
    enum Artifact {
        /** Rules, fills, underlines and decorative pictures. */
        LAYOUT,
        /** Repeated table headers. */
        PAGINATION,
        /** The running header. */
        HEADER,
        /** The running footer with the page number. */
        FOOTER
    }
}
