package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Reads abbreviation definitions ({@code *[SF]: Long form}) as blocks, without flexmark's marking of
 * their uses in text, which builds a regular expression from the short forms without quoting them
 * safely. {@link AbbreviationMarker} marks the uses instead.
 */
final class AbbreviationDefinitions implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options of its own.
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new AbbreviationBlockParser.Factory());
    }
}
