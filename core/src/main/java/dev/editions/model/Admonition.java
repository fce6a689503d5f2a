package dev.editions.model;

import java.util.List;
import java.util.Objects;

/**
 * A set-apart block the reader should notice, such as a note or a warning, or a disclosure whose
 * content a reader opens on demand.
 *
 * @param type what kind of admonition this is (named {@code type}, since {@link Block#kind()} names the
 *     block kind)
 * @param title the title as written, possibly empty: then {@link #heading()} is the type's name
 * @param blocks the content, possibly empty (an admonition may be only its title)
 */
public record Admonition(Type type, List<Inline> title, List<Block> blocks) implements Block {
    /** Checks the kind and copies the title and the content. */
    public Admonition {
        Objects.requireNonNull(type, "admonition type must not be null");
        title = Check.list(title, "admonition title");
        blocks = Check.list(blocks, "admonition content");
    }

    /** The title to show: the written title, or the type's name when there is none. */
    public List<Inline> heading() {
        return title.isEmpty() ? List.of(new Text(type.label())) : title;
    }

    /** The kinds of admonition: GitHub's five alerts and the disclosure ({@code <details>}). */
    public enum Type {
        /** Information the reader should notice even when skimming. */
        NOTE("Note"),
        /** Advice that helps to do something better. */
        TIP("Tip"),
        /** Information the reader needs to reach a goal. */
        IMPORTANT("Important"),
        /** Information that needs attention at once to avoid problems. */
        WARNING("Warning"),
        /** A warning about the risks or negative outcomes of an action. */
        CAUTION("Caution"),
        /** Content shown on demand under its title (HTML {@code <details>}). */
        DETAILS("Details");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** The kind's name as a title, such as {@code Note}. */
        public String label() {
            return label;
        }

        /** The kind's marker in GitHub's alert syntax, such as {@code NOTE}; DETAILS has none of its own. */
        public String marker() {
            return name();
        }
    }
}
