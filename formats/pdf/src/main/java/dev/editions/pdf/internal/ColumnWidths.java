package dev.editions.pdf.internal;

import java.util.List;

/**
 * Shares a table's measure among its columns by their content, as browsers do for automatic table
 * layout: each column gets at least its longest word and, where there is room, up to its longest
 * cell on one line; what is left is shared in proportion to that natural width.
 */
final class ColumnWidths {
    private ColumnWidths() {
    }

    /** The width of each of {@code columns} columns, summing to {@code measure}. */
    static float[] of(List<TableLayout.CellTokens[]> header, List<TableLayout.CellTokens[]> body, int columns,
            float measure, float padding) {
        float[] least = new float[columns];
        float[] natural = new float[columns];
        java.util.Arrays.fill(least, padding + 12);
        java.util.Arrays.fill(natural, padding + 12);
        measureRows(header, least, natural, padding);
        measureRows(body, least, natural, padding);
        float leastTotal = sum(least);
        float naturalTotal = sum(natural);
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            if (leastTotal >= measure) {
                widths[c] = least[c] * measure / leastTotal;
            } else if (naturalTotal <= measure) {
                widths[c] = natural[c] * measure / naturalTotal;
            } else {
                widths[c] = least[c] + (natural[c] - least[c]) * (measure - leastTotal) / (naturalTotal - leastTotal);
            }
        }
        return widths;
    }

    private static void measureRows(List<TableLayout.CellTokens[]> rows, float[] least, float[] natural,
            float padding) {
        for (TableLayout.CellTokens[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                float line = 0;
                for (Token token : row[c].tokens()) {
                    if (token instanceof Token.Word word) {
                        least[c] = Math.max(least[c], word.width() + padding);
                    }
                    line = token instanceof Token.ForcedBreak ? 0 : line + token.width();
                    natural[c] = Math.max(natural[c], line + padding);
                }
            }
        }
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }
}
