package dev.editions.pdf.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One element of the structure tree the layout builds in reading order: its standard type (e.g.
 * {@code P}, {@code H2}, {@code TD}) and its attributes. An element holds either content or child
 * elements, never both, as PDF structure elements written by OpenPDF must.
 */
final class Tag {
    private final String type;
    private final ArrayList<Tag> children = new ArrayList<>();
    private boolean holdsContent;
    private String alt;
    private String expansion;
    private String actualText;
    private String language;
    private String scope;
    private String listNumbering;
    private boolean lineThrough;
    private float baselineShift;
    private String id;
    private boolean inline;

    private Tag(String type) {
        this.type = type;
    }

    /** The root element of a document. */
    static Tag document() {
        return new Tag("Document");
    }

    /** Adds and returns a child element of {@code childType}. */
    Tag child(String childType) {
        if (holdsContent) {
            throw new IllegalStateException(type + " already holds content and cannot take a " + childType);
        }
        Tag child = new Tag(childType);
        children.add(child);
        return child;
    }

    /** Notes that content is drawn into this element. */
    Tag holdContent() {
        if (!children.isEmpty()) {
            throw new IllegalStateException(type + " has child elements and cannot hold content");
        }
        holdsContent = true;
        return this;
    }

    String type() {
        return type;
    }

    List<Tag> children() {
        return Collections.unmodifiableList(children);
    }

    /** Lets go of the element's children once their structure elements are written. */
    void release() {
        children.clear();
        children.trimToSize();
    }

    /** Sets the alternative text (figures). */
    Tag alt(String value) {
        alt = value;
        return this;
    }

    /** Sets the text that stands for the element's content, exactly (a code block's source, tabs and all). */
    Tag actualText(String value) {
        actualText = value;
        return this;
    }

    /** Sets the expansion of an abbreviation (spans). */
    Tag expansion(String value) {
        expansion = value;
        return this;
    }

    /** Sets the language of the element's content, as a BCP 47 tag. */
    Tag language(String value) {
        language = value;
        return this;
    }

    /** Sets the scope of a header cell: {@code Column} or {@code Row}. */
    Tag scope(String value) {
        scope = value;
        return this;
    }

    /** Sets the numbering of a list: {@code Decimal}, {@code Disc}, {@code Circle}, {@code Square}. */
    Tag listNumbering(String value) {
        listNumbering = value;
        return this;
    }

    /** Notes that the element's text is struck through. */
    Tag lineThrough() {
        lineThrough = true;
        return this;
    }

    /** Sets how far the element's text is raised above the baseline, in points (lowered when negative). */
    Tag baselineShift(float points) {
        baselineShift = points;
        return this;
    }

    boolean isLineThrough() {
        return lineThrough;
    }

    float baselineShift() {
        return baselineShift;
    }

    /** Notes that the element sits in a line of text (a picture in the line), not as a block of its own. */
    Tag inline() {
        inline = true;
        return this;
    }

    boolean isInline() {
        return inline;
    }

    /** Sets the element identifier ({@code /ID}), unique in the document (notes). */
    Tag id(String value) {
        id = value;
        return this;
    }

    String id() {
        return id;
    }

    String alt() {
        return alt;
    }

    String actualText() {
        return actualText;
    }

    String expansion() {
        return expansion;
    }

    String language() {
        return language;
    }

    String scope() {
        return scope;
    }

    String listNumbering() {
        return listNumbering;
    }
}
