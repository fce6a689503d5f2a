package dev.editions.pdf.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The notes at the foot of the pages: each note goes to the foot of the page where its first
 * reference is placed, below a short rule (an artifact), in smaller type. A note that does not fit
 * there whole is cut between lines and continued at the foot of the next page, before any note called
 * later, so no note is ever lost or reordered. Notes take at most a share of a page while text remains,
 * so the text always moves on. In a right-to-left report the rule starts at the right.
 */
final class FootNotes {
    /** The space above the notes, with the short rule in it. */
    static final float SEPARATOR = 12f;
    /** The space between two notes. */
    static final float BETWEEN = 3f;
    /** The length of the rule above the notes. */
    private static final float RULE_LENGTH = 144f;
    /** The largest share of a page the notes may take while there is text to place. */
    private static final float SHARE = 0.6f;

    private final BiFunction<String, Tag, NoteBox> typesetter;
    /** The first reference to each note, in the order the text refers to them, with the note's id and element. */
    private final Map<LinkTarget, Reference> references = new LinkedHashMap<>();
    private final Map<LinkTarget, NoteBox> boxes = new HashMap<>();
    private final Set<LinkTarget> called = new HashSet<>();
    private final List<LinkTarget> deferred = new ArrayList<>();
    private final Deque<NoteBox> waiting = new ArrayDeque<>();
    private final List<NoteBox> onPage = new ArrayList<>();
    private float used;
    /** Where the rule ends on the right in a right-to-left report, or {@code NaN} to start it on the left. */
    private float ruleRight = Float.NaN;

    /** Feet whose notes {@code typesetter} lays out, given a note's id and its {@code Note} element. */
    FootNotes(BiFunction<String, Tag, NoteBox> typesetter) {
        this.typesetter = typesetter;
    }

    /** Starts the rule above the notes at {@code right}, the right edge of the text, as a right-to-left report does. */
    void fromTheRight(float right) {
        ruleRight = right;
    }

    /** Records that {@code link} is the first reference to the note {@code noteId}, tagged {@code note}. */
    void register(LinkTarget link, String noteId, Tag note) {
        references.put(link, new Reference(noteId, note));
    }

    /** The height the notes take on the current page, with the space above them; 0 when there are none. */
    float used() {
        return used;
    }

    /** Whether notes (or the rest of a cut note) still wait for room. */
    boolean waiting() {
        return !waiting.isEmpty();
    }

    /**
     * The height the notes that {@code line} refers to first need at the foot of this page, besides
     * those of {@code counted} (the lines before it that would go on the page): the whole note when it
     * is short, its first line when it is long. Nothing when earlier notes wait, as these notes then
     * follow them on a later page.
     */
    float demand(Line line, Set<LinkTarget> counted, float textHeight) {
        if (!waiting.isEmpty()) {
            return 0;
        }
        float demand = 0;
        for (LinkTarget link : line.noteLinks()) {
            if (references.containsKey(link) && !called.contains(link) && !deferred.contains(link)
                    && counted.add(link)) {
                NoteBox box = typeset(link);
                float need = box.height() <= textHeight * SHARE / 2 ? box.height() : box.firstCut();
                demand += need + (onPage.isEmpty() && counted.size() == 1 ? SEPARATOR : BETWEEN);
            }
        }
        return demand;
    }

    /** The most the notes may take of a page whose text area is {@code textHeight} high, while text remains. */
    static float cap(float textHeight) {
        return textHeight * SHARE;
    }

    /** Calls the notes {@code line} refers to first, after those whose calls were deferred. */
    void call(Line line) {
        callDeferred();
        for (LinkTarget link : line.noteLinks()) {
            call(link);
        }
    }

    /** Defers the calls of {@code line}'s notes to the next line placed (a heading that may still move). */
    void defer(Line line) {
        for (LinkTarget link : line.noteLinks()) {
            if (references.containsKey(link) && !called.contains(link) && !deferred.contains(link)) {
                deferred.add(link);
            }
        }
    }

    /** Calls every note referred to so far and not called yet (references outside lines of text, in tables). */
    void callAll() {
        callDeferred();
        for (LinkTarget link : List.copyOf(references.keySet())) {
            call(link);
        }
    }

    private void callDeferred() {
        List<LinkTarget> pending = List.copyOf(deferred);
        deferred.clear();
        pending.forEach(this::call);
    }

    private void call(LinkTarget link) {
        if (references.containsKey(link) && called.add(link)) {
            waiting.add(typeset(link));
        }
    }

    private NoteBox typeset(LinkTarget link) {
        NoteBox box = boxes.get(link);
        if (box == null) {
            Reference reference = references.get(link);
            box = typesetter.apply(reference.noteId(), reference.note());
            boxes.put(link, box);
        }
        return box;
    }

    /**
     * Moves waiting notes to the foot of this page, in order, as long as they fit in {@code available}
     * (the height from the text's cursor to the bottom of the text area) and {@code cap}; a note that
     * does not fit whole is cut between lines. With {@code force}, on a page with no note yet, the first
     * part of the first waiting note goes there even when it does not fit, so every page moves the
     * notes on.
     */
    void drain(float available, float cap, boolean force) {
        while (!waiting.isEmpty()) {
            NoteBox next = waiting.peekFirst();
            float gap = onPage.isEmpty() ? SEPARATOR : BETWEEN;
            float space = Math.min(available - used, cap - used) - gap;
            if (next.height() <= space + 0.01f) {
                place(waiting.pollFirst(), gap);
                continue;
            }
            NoteBox[] parts = next.cut(space);
            if (parts == null && onPage.isEmpty() && (force || next.firstCut() <= available - gap)) {
                parts = next.cutFirst();
            }
            if (parts != null) {
                waiting.pollFirst();
                place(parts[0], gap);
                if (parts[1] != null) {
                    waiting.addFirst(parts[1]);
                }
            }
            return;
        }
    }

    private void place(NoteBox box, float gap) {
        onPage.add(box);
        used += gap + box.height();
    }

    /**
     * Adds the notes of the finished page to {@code page}, below the short rule, from the top of the
     * notes' area down to {@code bottom}, and empties the foot for the next page.
     */
    void closePage(Page page, float left, float bottom) {
        if (onPage.isEmpty()) {
            return;
        }
        float top = bottom + used;
        page.placeNotesBelow(top);
        float rule = top - SEPARATOR * 0.45f;
        float start = Float.isNaN(ruleRight) ? left : ruleRight - RULE_LENGTH;
        page.add(new PageItem.Rule(Mark.Artifact.LAYOUT, start, rule, start + RULE_LENGTH, rule, 0.5f,
                Typography.RULE));
        float cursor = top - SEPARATOR;
        for (NoteBox box : onPage) {
            box.at(cursor).forEach(page::add);
            cursor -= box.height() + BETWEEN;
        }
        onPage.clear();
        used = 0;
    }

    /** A note's first reference's note: the note's id and its {@code Note} element. */
    private record Reference(String noteId, Tag note) {
    }
}
