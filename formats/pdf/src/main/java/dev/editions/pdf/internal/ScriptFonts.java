package dev.editions.pdf.internal;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which installed font families to try, in order, for a character the report's own fonts lack: the
 * Noto family of its script (for Chinese, Japanese and Korean the one for the text's language), then
 * symbol, mathematics and black-and-white emoji fonts. Also names the Debian package that would give
 * a font for it.
 */
final class ScriptFonts {
    private static final String SC = "Noto Sans CJK SC";
    private static final String TC = "Noto Sans CJK TC";
    private static final String JP = "Noto Sans CJK JP";
    private static final String KR = "Noto Sans CJK KR";
    /** TrueType fonts with the CJK ideographs, kana and Hangul, after the Noto ones. */
    private static final List<String> OTHER_CJK = List.of("WenQuanYi Zen Hei", "Droid Sans Fallback");
    private static final List<String> SYMBOLS = List.of("Noto Sans Symbols 2", "Noto Sans Math", "Noto Sans Symbols",
            "Noto Emoji", "Symbola");

    private ScriptFonts() {
    }

    /** The script a character is written in, as fallback fonts are chosen by it. */
    static String scriptOf(int codePoint) {
        if (isCjk(codePoint)) {
            return "cjk";
        }
        UnicodeScript script = UnicodeScript.of(codePoint);
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
            // Punctuation a script shares with others (the Devanagari danda, the Arabic comma) is
            // "common", but sits in the block of its script, and the script's fonts have it.
            script = blockScript(codePoint, script);
        }
        return switch (script) {
            case COMMON, INHERITED, LATIN, GREEK, CYRILLIC, UNKNOWN -> "symbols";
            default -> script.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The families to try for a character of {@code script} (from {@link #scriptOf}) in text of
     * {@code language} (a BCP 47 tag, or {@code null}), in order.
     */
    static List<String> families(String script, String language) {
        List<String> families = new ArrayList<>();
        switch (script) {
            case "cjk" -> {
                families.addAll(cjk(language));
                families.addAll(OTHER_CJK);
            }
            case "symbols" -> {
                families.add("Noto Sans");
                families.addAll(SYMBOLS);
            }
            default -> {
                String name = title(script);
                families.add("Noto Sans " + name);
                families.add("Noto Serif " + name);
                if (script.equals("arabic")) {
                    families.add("Noto Naskh Arabic");
                }
                families.addAll(SYMBOLS);
            }
        }
        return families;
    }

    /** The Noto CJK families in the order that suits {@code language}: its own first. */
    static List<String> cjk(String language) {
        String tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        String first;
        if (tag.startsWith("ja")) {
            first = JP;
        } else if (tag.startsWith("ko")) {
            first = KR;
        } else if (tag.startsWith("zh") && (tag.contains("hant") || tag.endsWith("-tw") || tag.endsWith("-hk")
                || tag.endsWith("-mo"))) {
            first = TC;
        } else {
            first = SC;
        }
        List<String> order = new ArrayList<>(List.of(first));
        for (String family : List.of(SC, TC, JP, KR)) {
            if (!order.contains(family)) {
                order.add(family);
            }
        }
        return order;
    }

    /** The Debian/Ubuntu package that has a font for a character of {@code script}. */
    static String debianPackage(int codePoint) {
        String script = scriptOf(codePoint);
        if (script.equals("cjk")) {
            return "fonts-noto-cjk";
        }
        if (Character.isEmoji(codePoint) && Character.isEmojiPresentation(codePoint)) {
            return "fonts-symbola";
        }
        return "fonts-noto-core";
    }

    private static UnicodeScript blockScript(int codePoint, UnicodeScript script) {
        UnicodeBlock block = UnicodeBlock.of(codePoint);
        if (block == null) {
            return script;
        }
        try {
            return UnicodeScript.forName(block.toString());
        } catch (IllegalArgumentException notAScript) {
            return script;
        }
    }

    private static boolean isCjk(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        if (script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL || script == UnicodeScript.BOPOMOFO) {
            return true;
        }
        // Marks shared by the CJK scripts (the long-vowel mark, fullwidth forms) are "common" characters.
        UnicodeBlock block = UnicodeBlock.of(codePoint);
        return block != null && (block.toString().startsWith("CJK_") || block == UnicodeBlock.HIRAGANA
                || block == UnicodeBlock.KATAKANA || block == UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
                || block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS || block == UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == UnicodeBlock.VERTICAL_FORMS || block == UnicodeBlock.KANBUN
                || block == UnicodeBlock.BOPOMOFO || block == UnicodeBlock.HANGUL_COMPATIBILITY_JAMO);
    }

    private static String title(String script) {
        StringBuilder out = new StringBuilder();
        for (String word : script.split("_")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
