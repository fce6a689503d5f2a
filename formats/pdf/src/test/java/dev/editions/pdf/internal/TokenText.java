package dev.editions.pdf.internal;

import java.util.List;
import java.util.stream.Collectors;

/** The characters tokens and lines stand for, to compare with the text they came from. */
final class TokenText {
    private TokenText() {
    }

    /** The text of {@code tokens}: words as drawn, a space per space, a newline per forced break. */
    static String of(List<Token> tokens) {
        return tokens.stream().map(token -> switch (token) {
            case Token.Word word -> word.fragments().stream().map(Fragment::text).collect(Collectors.joining());
            case Token.Space space -> " ";
            case Token.ForcedBreak forced -> "\n";
        }).collect(Collectors.joining());
    }
}
