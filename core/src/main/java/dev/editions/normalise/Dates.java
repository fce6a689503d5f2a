package dev.editions.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as English front matter writes them: "February 21, 2005", "1 April 1998", "January 2008"
 * (the first of the month).
 */
final class Dates {
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})");

    private Dates() {
    }

    /** The first date in {@code text}, if it has one. */
    static Optional<LocalDate> parse(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_YEAR.matcher(text);
        return m.find() ? date(m.group(2), m.group(1), "1") : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), MONTHS.indexOf(month.toLowerCase(Locale.ROOT)) + 1,
                    Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
