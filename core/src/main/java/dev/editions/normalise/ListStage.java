package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lists in plain text: two or more consecutive lines starting with a bullet ("-", "*", "•",
 * "–", or "o" as RFCs write it) or a number or letter ("1.", "2)", "a)"). Lines indented deeper
 * than the markers continue an item.
 */
final class ListStage extends LineBlockStage {
    private static final Pattern BULLET = Pattern.compile("^\\s{0,8}(?:[-*•–]|o(?= ))\\s+(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\s{0,8}(\\d{1,3}|[a-z])[.)]\\s+(\\S.*)$");

    @Override
    public String name() {
        return "lists";
    }

    @Override
    void split(List<String> lines, List<Block> out, List<String> changes) {
        List<String> pending = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher first = marker(lines.get(i));
            if (first == null) {
                pending.add(lines.get(i++));
                continue;
            }
            boolean ordered = first.pattern() == NUMBER;
            List<StringBuilder> items = new ArrayList<>();
            int end = i;
            while (end < lines.size()) {
                Matcher item = marker(lines.get(end));
                if (item != null && (item.pattern() == NUMBER) == ordered) {
                    items.add(new StringBuilder(item.group(item.groupCount())));
                } else if (item == null && !items.isEmpty() && continuesItem(lines.get(end), lines.get(i))) {
                    items.get(items.size() - 1).append(' ').append(lines.get(end).strip());
                } else {
                    break;
                }
                end++;
            }
            if (items.size() < 2) {
                pending.add(lines.get(i++));
                continue;
            }
            Lines.flush(pending, out);
            out.add(list(ordered, start(first), items));
            changes.add("made a " + (ordered ? "numbered" : "bulleted") + " list of " + items.size()
                    + " items starting “" + items.get(0) + "”");
            i = end;
        }
        Lines.flush(pending, out);
    }

    private static Matcher marker(String line) {
        for (Pattern pattern : List.of(BULLET, NUMBER)) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.matches()) {
                return matcher;
            }
        }
        return null;
    }

    /**
     * Joins blocks that each hold one item of the same kind (items separated by blank lines, as RFCs
     * write them), so that they make one list.
     */
    @Override
    List<Block> prepare(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        List<String> group = new ArrayList<>();
        Boolean groupOrdered = null;
        for (Block block : blocks) {
            java.util.Optional<List<String>> lines = Lines.of(block);
            Matcher first = lines.isPresent() ? marker(lines.get().get(0)) : null;
            boolean single = first != null && lines.get().stream().skip(1).allMatch(l -> continuesItem(l, lines.get().get(0)));
            boolean ordered = first != null && first.pattern() == NUMBER;
            if (single && (groupOrdered == null || groupOrdered == ordered)) {
                group.addAll(lines.get());
                groupOrdered = ordered;
                continue;
            }
            flushGroup(group, out);
            groupOrdered = null;
            if (single) {
                group.addAll(lines.get());
                groupOrdered = ordered;
            } else {
                out.add(block);
            }
        }
        flushGroup(group, out);
        return out;
    }

    private static void flushGroup(List<String> group, List<Block> out) {
        Lines.flush(group, out);
    }

    /** Whether {@code line} continues an item: indented deeper than the list's first marker. */
    private static boolean continuesItem(String line, String firstItem) {
        return !line.isBlank() && Lines.indent(line) > Lines.indent(firstItem) && Lines.indent(line) >= 2;
    }

    /** Whether {@code line} starts with a list marker. */
    static boolean isItem(String line) {
        return marker(line) != null;
    }

    private static int start(Matcher first) {
        if (first.pattern() != NUMBER) {
            return 1;
        }
        String label = first.group(1);
        return Character.isDigit(label.charAt(0)) ? Integer.parseInt(label) : label.charAt(0) - 'a' + 1;
    }

    private static ListBlock list(boolean ordered, int start, List<StringBuilder> items) {
        List<ListItem> listItems = items.stream()
                .map(text -> new ListItem(List.<Block>of(Paragraph.of(text.toString().strip())))).toList();
        return new ListBlock(ordered, start, listItems);
    }
}
