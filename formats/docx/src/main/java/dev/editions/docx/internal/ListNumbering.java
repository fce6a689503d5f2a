package dev.editions.docx.internal;

import dev.editions.model.Block;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering part: one numbering definition per list, whose levels follow the list's nesting
 * (numbers or bullets at each depth), so nested items stay in the same list at a deeper level.
 * Definitions with the same shape are shared; every list restarts its own count.
 */
final class ListNumbering {
    /** The deepest list level Word supports (0-based). */
    static final int MAX_LEVEL = 8;
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
    private static final STNumberFormat.Enum[] NUMBERS = {
        STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER, STNumberFormat.LOWER_ROMAN};

    private final XWPFNumbering numbering;
    private final Map<String, BigInteger> definitions = new HashMap<>();

    ListNumbering(XWPFDocument doc) {
        this.numbering = doc.createNumbering();
    }

    /** A new list instance for {@code list} and its nested lists, numbered from the list's start. */
    long start(ListBlock list) {
        char[] shape = new char[MAX_LEVEL + 1];
        java.util.Arrays.fill(shape, 'b');
        shape(list, 0, shape, new boolean[MAX_LEVEL + 1]);
        String key = new String(shape);
        BigInteger abstractId = definitions.computeIfAbsent(key, this::define);
        BigInteger numId = numbering.addNum(abstractId);
        for (int level = 0; level <= MAX_LEVEL; level++) {
            CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(level == 0 && list.ordered() ? list.start() : 1));
        }
        return numId.longValue();
    }

    private static void shape(ListBlock list, int level, char[] shape, boolean[] seen) {
        if (!seen[level]) {
            seen[level] = true;
            shape[level] = list.ordered() ? 'n' : 'b';
        }
        for (ListItem item : list.items()) {
            for (Block block : item.blocks()) {
                if (block instanceof ListBlock nested) {
                    shape(nested, Math.min(level + 1, MAX_LEVEL), shape, seen);
                }
            }
        }
    }

    private BigInteger define(String shape) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(definitions.size()));
        for (int level = 0; level <= MAX_LEVEL; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (shape.charAt(level) == 'n') {
                lvl.addNewNumFmt().setVal(NUMBERS[level % NUMBERS.length]);
                lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLETS[level % BULLETS.length]);
            }
            CTInd indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(720L * (level + 1)));
            indent.setHanging(BigInteger.valueOf(360));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    }
}
