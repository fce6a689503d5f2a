package dev.editions.write;

import dev.editions.EditionsException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A typed setting an {@link EditionWriter} declares, such as the page margin: its name, what it
 * means, its default, and how it is read from text (the command line's {@code --option name=value},
 * the Maven plugin's {@code <options>}). Immutable and thread-safe; writers keep their keys in
 * constants and read values with {@link WriteContext#option(OptionKey)}.
 *
 * @param <T> the type of the value
 */
public final class OptionKey<T> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    private final String name;
    private final String description;
    private final Class<T> type;
    private final T defaultValue;
    private final String allowed;
    private final Function<String, T> parser;
    private final Function<T, String> problem;

    private OptionKey(String name, String description, Class<T> type, T defaultValue, String allowed,
            Function<String, T> parser, Function<T, String> problem) {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("option name '" + name
                    + "' must be lower case words joined by '.' or '-', e.g. 'pdf.margin'");
        }
        this.name = name;
        this.description = Objects.requireNonNull(description, "description");
        this.type = Objects.requireNonNull(type, "type");
        this.allowed = allowed;
        this.parser = parser;
        this.problem = problem;
        String wrong = problem.apply(Objects.requireNonNull(defaultValue, "defaultValue"));
        if (wrong != null) {
            throw new IllegalArgumentException("the default of option " + name + " " + wrong);
        }
        this.defaultValue = defaultValue;
    }

    /** A yes/no setting; reads {@code true}, {@code false}, {@code yes}, {@code no}, {@code on}, {@code off}. */
    public static OptionKey<Boolean> flag(String name, boolean defaultValue, String description) {
        return new OptionKey<>(name, description, Boolean.class, defaultValue, "true or false",
                OptionKey::parseFlag, value -> null);
    }

    /** A number between {@code min} and {@code max}, both included. */
    public static OptionKey<Double> number(String name, double defaultValue, double min, double max,
            String description) {
        String range = plain(min) + " to " + plain(max);
        return new OptionKey<>(name, description, Double.class, defaultValue, "a number from " + range,
                OptionKey::parseNumber,
                value -> value >= min && value <= max ? null : "must be from " + range + ", was " + plain(value));
    }

    /** One of the constants of {@code type}, read case-insensitively. */
    public static <E extends Enum<E>> OptionKey<E> choice(String name, Class<E> type, E defaultValue,
            String description) {
        E[] constants = type.getEnumConstants();
        String names = String.join(", ", Arrays.stream(constants).map(Enum::name).toList());
        return new OptionKey<>(name, description, type, defaultValue, "one of " + names, text -> {
            for (E constant : constants) {
                if (constant.name().equalsIgnoreCase(text.strip())) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("must be one of " + names + ", was '" + text + "'");
        }, value -> null);
    }

    /** Free text; blank text means "not set" and gives the default (an empty string by default). */
    public static OptionKey<String> text(String name, String description) {
        return new OptionKey<>(name, description, String.class, "", "text", String::strip, value -> null);
    }

    /** The name users write, e.g. {@code pdf.margin}. */
    public String name() {
        return name;
    }

    /** What the setting does, in one sentence. */
    public String description() {
        return description;
    }

    /** The type of the value. */
    public Class<T> type() {
        return type;
    }

    /** The value when none is given. */
    public T defaultValue() {
        return defaultValue;
    }

    /** The values accepted, in words, e.g. {@code a number from 5 to 60}. */
    public String allowed() {
        return allowed;
    }

    /**
     * Reads a value from text.
     *
     * @throws EditionsException naming the option and what is wrong
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "text");
        T value;
        try {
            value = parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw EditionsException.of(null, "option " + name + " " + e.getMessage());
        }
        return check(value);
    }

    /**
     * Checks a typed value against the option's range.
     *
     * @throws EditionsException naming the option and what is wrong
     */
    public T check(T value) {
        T checked = type.cast(Objects.requireNonNull(value, () -> "option " + name + " must not be null"));
        String wrong = problem.apply(checked);
        if (wrong != null) {
            throw EditionsException.of(null, "option " + name + " " + wrong);
        }
        return checked;
    }

    /** The value as text that {@link #parse(String)} reads back. */
    public String format(T value) {
        return value instanceof Double d ? plain(d) : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    @Override
    public String toString() {
        return name;
    }

    private static Boolean parseFlag(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("must be true or false, was '" + text + "'");
        };
    }

    private static Double parseNumber(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number, was '" + text + "'");
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
