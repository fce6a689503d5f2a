package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Inline;
import dev.editions.model.Table;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables in plain text: two or more consecutive lines that split into the same number (two or
 * more) of cells on tabs, or on runs of two or more spaces with the columns lined up (so that two
 * spaces after a full stop do not make a table). The first row is the header.
 */
final class TableStage extends LineBlockStage {
    private static final Pattern CELL_GAP = Pattern.compile("\t+| {2,}");

    @Override
    public String name() {
        return "tables";
    }

    @Override
    void split(List<String> lines, List<Block> out, List<String> changes) {
        List<String> pending = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int columns = cells(lines.get(i)).size();
            int end = i + 1;
            while (columns >= 2 && end < lines.size() && cells(lines.get(end)).size() == columns
                    && aligned(lines.get(i), lines.get(end))) {
                end++;
            }
            if (columns >= 2 && end - i >= 2 && !lines.subList(i, end).stream().allMatch(ListStage::isItem)) {
                Lines.flush(pending, out);
                out.add(table(lines.subList(i, end), columns));
                changes.add("made a table of " + (end - i) + " rows and " + columns + " columns from the lines starting “"
                        + lines.get(i).strip() + "”");
                i = end;
            } else {
                pending.add(lines.get(i));
                i++;
            }
        }
        Lines.flush(pending, out);
    }

    /** Whether two rows separate their cells with tabs, or start their columns at the same offsets. */
    private static boolean aligned(String first, String other) {
        if (first.contains("\t") && other.contains("\t")) {
            return true;
        }
        return columnStarts(first).equals(columnStarts(other));
    }

    private static List<Integer> columnStarts(String line) {
        List<Integer> starts = new ArrayList<>();
        var gaps = CELL_GAP.matcher(line.stripTrailing());
        while (gaps.find()) {
            if (gaps.start() > 0) {
                starts.add(gaps.end());
            }
        }
        return starts;
    }

    private static List<String> cells(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || (!line.contains("\t") && !line.contains("  "))) {
            return List.of(stripped);
        }
        return List.of(CELL_GAP.split(stripped, -1));
    }

    private static Table table(List<String> lines, int columns) {
        List<Table.Row> rows = new ArrayList<>();
        for (String line : lines) {
            List<Table.Cell> cells = new ArrayList<>();
            for (String cell : cells(line)) {
                String text = cell.strip();
                cells.add(new Table.Cell(text.isEmpty() ? List.<Inline>of() : List.of(new Text(text))));
            }
            rows.add(new Table.Row(cells));
        }
        return new Table(List.of(), Collections.nCopies(columns, Table.Alignment.START), rows.subList(0, 1),
                rows.subList(1, rows.size()));
    }
}
