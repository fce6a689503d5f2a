package dev.editions.pdf.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntPredicate;

/**
 * A yes-or-no question about characters (is it of a script written without spaces, of one that
 * needs shaping), asked once per character and the answer kept, in pages of 256 characters, for
 * every document of the JVM: the questions name a character's script, which costs a search of
 * Unicode's tables each time.
 */
final class CodePointTable {
    private static final int PAGE_BITS = 8;
    private static final int PAGE = (1 << PAGE_BITS) - 1;

    private final IntPredicate question;
    /** Each page's answers, filled the first time one of its characters is asked about. */
    private final AtomicReferenceArray<boolean[]> pages =
            new AtomicReferenceArray<>((Character.MAX_CODE_POINT >> PAGE_BITS) + 1);

    /** @param question the question, which must give the same answer every time for a character */
    CodePointTable(IntPredicate question) {
        this.question = question;
    }

    /** The answer for {@code codePoint}. */
    boolean test(int codePoint) {
        boolean[] page = pages.get(codePoint >> PAGE_BITS);
        if (page == null) {
            page = fill(codePoint >> PAGE_BITS);
        }
        return page[codePoint & PAGE];
    }

    private boolean[] fill(int index) {
        boolean[] page = new boolean[PAGE + 1];
        int first = index << PAGE_BITS;
        for (int i = 0; i <= PAGE; i++) {
            page[i] = question.test(first + i);
        }
        // Two threads may fill the same page; their answers are the same.
        pages.set(index, page);
        return page;
    }
}
