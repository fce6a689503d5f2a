package dev.editions.docx.internal;

/** Makes text safe for XML 1.0: characters XML cannot hold become U+FFFD. */
final class XmlText {
    private XmlText() {
    }

    /** {@code text} with every character XML 1.0 forbids replaced; newlines and tabs become spaces. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = c == '\n' || c == '\r' || c == '\t' ? ' '
                    : allowed(c) ? c : '\uFFFD';
            if (replacement != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }
}
