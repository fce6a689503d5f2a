package dev.editions.markdown.internal;

import dev.editions.Diagnostics;
import dev.editions.EditionsException;
import dev.editions.SafeText;
import dev.editions.model.LanguageTag;
import dev.editions.model.Metadata;
import dev.editions.model.LegalText;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML front matter of a Markdown source into {@link Metadata}.
 *
 * <p>The keys are those of {@link Metadata}: {@code title}, {@code subtitle}, {@code authors},
 * {@code publishers}, {@code language}, {@code date} (YYYY-MM-DD), {@code identifier},
 * {@code description}, {@code keywords} and {@code rights}; {@code author}, {@code publisher} and
 * {@code lang} are accepted as aliases. Lists may be given as one text. Any other key is an error, so
 * that a misspelt key is not ignored silently. A null value ({@code ~}, {@code null} or nothing) means
 * the field is absent. Characters no edition can hold ({@link LegalText}) are removed from every
 * value, with a warning naming its line.
 */
public final class FrontMatter {
    /** The keys the front matter may hold, in the order the Markdown edition writes them. */
    public static final List<String> KEYS = List.of("title", "subtitle", "authors", "publishers", "language", "date",
            "identifier", "description", "keywords", "rights");
    private static final Map<String, String> ALIASES = Map.of("author", "authors", "publisher", "publishers",
            "lang", "language");

    /** The longest front matter read, in characters. */
    private static final int MAX_CHARACTERS = 1024 * 1024;

    private final String source;
    private final int firstLine;
    private final Diagnostics diagnostics;
    private final Set<Node> warned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * Reads front matter from {@code source} whose YAML starts on line {@code firstLine} (1-based),
     * reporting the characters it removes to {@code diagnostics}.
     */
    public FrontMatter(String source, int firstLine, Diagnostics diagnostics) {
        this.source = source;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    /**
     * The metadata {@code yaml} gives, titled {@code defaultTitle} when it has no title; {@code yaml}
     * may be null when the source has no front matter.
     *
     * @throws EditionsException naming the line when the YAML is malformed or a value is wrong
     */
    public Metadata read(String yaml, Supplier<String> defaultTitle) {
        Node root = yaml == null ? null : compose(yaml);
        Metadata.Builder metadata = Metadata.builder();
        if (root == null || root instanceof ScalarNode empty && empty.getValue().isBlank()) {
            return metadata.title(defaultTitle.get()).build();
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(root, "the front matter must be a list of 'key: value' lines");
        }
        Set<String> seen = new HashSet<>();
        boolean titled = false;
        for (NodeTuple entry : mapping.getValue()) {
            String given = scalar(entry.getKeyNode(), "a front-matter key");
            String key = ALIASES.getOrDefault(given, given);
            if (!KEYS.contains(key)) {
                diagnostics.warn(firstLine + entry.getKeyNode().getStartMark().getLine(), "front-matter.unknown-key",
                        "the front-matter key '" + SafeText.escape(given) + "' is not one Editions uses, so it was"
                        + " left out; the keys are " + String.join(", ", KEYS));
                continue;
            }
            if (!seen.add(key)) {
                throw error(entry.getKeyNode(), "'" + key + "' is given twice in the front matter");
            }
            if (isNull(entry.getValueNode())) {
                continue;
            }
            try {
                set(metadata, key, entry.getValueNode());
            } catch (IllegalArgumentException e) {
                throw error(entry.getValueNode(), e.getMessage());
            }
            if ("title".equals(key) && !text(entry.getValueNode(), key).isBlank()) {
                titled = true;
            }
        }
        if (!titled) {
            metadata.title(defaultTitle.get());
        }
        try {
            return metadata.build();
        } catch (IllegalArgumentException e) {
            throw EditionsException.atLine(source, firstLine, -1, "the front matter is wrong: " + e.getMessage(), e);
        }
    }

    /** Whether {@code node} is YAML's null ({@code ~}, {@code null} or no value): the field is absent. */
    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CHARACTERS);
        try {
            Yaml parser = new Yaml(options);
            refuseAliases(parser, yaml);
            return parser.compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
            throw EditionsException.atLine(source, mark == null ? firstLine : firstLine + mark.getLine(),
                    mark == null ? -1 : mark.getColumn() + 1, "the front matter is not valid YAML: " + problem, e);
        } catch (YAMLException e) {
            throw EditionsException.atLine(source, firstLine, -1, "the front matter is not valid YAML: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses aliases ({@code *name}) before the YAML is composed: front matter has no use for them, and
     * nested aliases can make a few lines expand to billions of values.
     */
    private void refuseAliases(Yaml parser, String yaml) {
        for (Event event : parser.parse(new StringReader(yaml))) {
            if (event instanceof AliasEvent alias) {
                throw EditionsException.atLine(source, firstLine + alias.getStartMark().getLine(),
                        alias.getStartMark().getColumn() + 1, "the front matter may not use YAML aliases (*"
                        + alias.getAnchor() + "); write each value out in full");
            }
        }
    }

    private void set(Metadata.Builder metadata, String key, Node value) {
        switch (key) {
            case "title" -> metadata.title(text(value, key));
            case "subtitle" -> metadata.subtitle(text(value, key));
            case "authors" -> metadata.authors(list(value, key));
            case "publishers" -> metadata.publishers(list(value, key));
            case "language" -> metadata.language(language(value));
            case "date" -> metadata.date(date(value));
            case "identifier" -> metadata.identifier(text(value, key));
            case "description" -> metadata.description(text(value, key));
            case "keywords" -> metadata.keywords(list(value, key));
            default -> metadata.rights(text(value, key));
        }
    }

    private String text(Node value, String key) {
        return scalar(value, "'" + key + "'");
    }

    private List<String> list(Node value, String key) {
        if (value instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!isNull(item)) {
                    items.add(scalar(item, "each of '" + key + "'"));
                }
            }
            return items;
        }
        return List.of(text(value, key));
    }

    private String language(Node value) {
        String tag = text(value, "language");
        if (tag.strip().length() <= LanguageTag.MAX_LENGTH && !LanguageTag.isWellFormed(tag)) {
            throw error(value, "'" + tag + "' is not a BCP 47 language tag (e.g. en, en-GB, fr)");
        }
        try {
            return LanguageTag.require(tag);
        } catch (IllegalArgumentException e) {
            throw error(value, e.getMessage());
        }
    }

    private LocalDate date(Node value) {
        String text = text(value, "date");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(value, "the date '" + text + "' is not a date written YYYY-MM-DD");
        }
    }

    /** The text of a scalar, without the characters no edition can hold (removed with a warning). */
    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be a single text");
        }
        LegalText.Cleaned cleaned = LegalText.clean(scalar.getValue());
        if (cleaned.changed() && !warned.contains(node)) {
            warned.add(node);
            diagnostics.warn(firstLine + node.getStartMark().getLine(), "text.illegal-character",
                    LegalText.removedMessage(cleaned.removed(), what + " in the front matter"));
        }
        return cleaned.text();
    }

    private EditionsException error(Node node, String problem) {
        Mark mark = node.getStartMark();
        return EditionsException.atLine(source, firstLine + mark.getLine(), mark.getColumn() + 1, problem);
    }
}
