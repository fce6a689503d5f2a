package dev.editions.write;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an {@link EditionWriter} is: the format id users ask for, other names it answers to, the file
 * extension and media type of its editions, whether it lays the report out on pages (and so reports a
 * {@link PageMap}), and what it needs from editions written before it in the same run.
 *
 * @param id the format id, e.g. {@code pdf}
 * @param aliases other names for the format, e.g. {@code markdown} for {@code md}
 * @param extension the file extension, without a dot
 * @param mediaType the media type, e.g. {@code application/pdf}
 * @param paginates whether the writer lays out pages and returns their {@link PageMap}
 * @param needs what the writer uses from earlier editions of the same run
 */
public record WriterDescriptor(String id, List<String> aliases, String extension, String mediaType,
        boolean paginates, Set<Need> needs) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Something a writer can use from the editions written before it. */
    public enum Need {
        /** The page map of a paginated edition, to carry matching page-break markers. */
        PAGE_MAP
    }

    /** Checks and copies the fields. */
    public WriterDescriptor {
        id = checkedId(id, "id");
        aliases = aliases.stream().map(alias -> checkedId(alias, "alias")).toList();
        extension = checkedId(extension, "extension");
        if (mediaType == null || !mediaType.contains("/")) {
            throw new IllegalArgumentException("media type '" + mediaType + "' of writer " + id + " is not a type/subtype");
        }
        needs = Set.copyOf(needs);
        if (paginates && needs.contains(Need.PAGE_MAP)) {
            throw new IllegalArgumentException("writer " + id + " cannot both paginate and need a page map");
        }
    }

    /** A descriptor of a writer that needs nothing and does not paginate. */
    public static WriterDescriptor of(String id, String extension, String mediaType) {
        return new WriterDescriptor(id, List.of(), extension, mediaType, false, Set.of());
    }

    /** A copy that also answers to {@code more}. */
    public WriterDescriptor withAliases(String... more) {
        return new WriterDescriptor(id, List.of(more), extension, mediaType, paginates, needs);
    }

    /** A copy that lays out pages. */
    public WriterDescriptor paginating() {
        return new WriterDescriptor(id, aliases, extension, mediaType, true, needs);
    }

    /** A copy that needs {@code need} from earlier editions. */
    public WriterDescriptor needing(Need need) {
        return new WriterDescriptor(id, aliases, extension, mediaType, paginates, Set.of(need));
    }

    /** Whether users may ask for this writer by {@code name} (case-insensitive). */
    public boolean answersTo(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return id.equals(wanted) || aliases.contains(wanted);
    }

    private static String checkedId(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("writer " + what + " '" + value + "' must be lower-case letters, digits and '-'");
        }
        return value;
    }
}
