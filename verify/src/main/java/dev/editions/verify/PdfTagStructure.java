package dev.editions.verify;

import dev.editions.check.Finding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Checks what veraPDF does not: that marked content and the structure tree agree both ways. Every
 * MCID in a page's content belongs to exactly one structure element, which the page's parent-tree
 * entry names too; every link annotation is tied to a Link element by its StructParent and an
 * object reference; tables have rows of header and data cells, header cells a scope, figures
 * alternative text; and every font is embedded.
 */
public final class PdfTagStructure {
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");
    private static final COSName MCID = COSName.getPDFName("MCID");

    private final PDDocument pdf;
    private final List<Finding> problems = new ArrayList<>();
    private final Map<COSDictionary, Map<Integer, COSDictionary>> owners = new IdentityHashMap<>();
    private final Map<COSDictionary, List<COSDictionary>> objectReferences = new IdentityHashMap<>();
    private final Map<Integer, COSBase> parentTree = new HashMap<>();

    private PdfTagStructure(PDDocument pdf) {
        this.pdf = pdf;
    }

    /** The problems in {@code pdf}'s tagging; empty when there are none. */
    public static List<Finding> problems(PDDocument pdf) throws IOException {
        PdfTagStructure check = new PdfTagStructure(pdf);
        check.run();
        return check.problems;
    }

    private void run() throws IOException {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) {
            problem("pdf.structure-tree", "no structure tree");
            return;
        }
        COSDictionary tree = root.getCOSDictionary(COSName.PARENT_TREE);
        if (tree == null) {
            problem("pdf.parent-tree", "no parent tree");
        } else {
            numbers(tree);
        }
        kids(root.getDictionaryObject(COSName.K), null, null);
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            number++;
            page(page, number);
        }
    }

    private void problem(String rule, String message) {
        problems.add(new Finding(rule, "", message));
    }

    private void numbers(COSDictionary node) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                parentTree.put(((COSNumber) nums.getObject(i)).intValue(), nums.getObject(i + 1));
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                numbers((COSDictionary) kids.getObject(i));
            }
        }
    }

    private void kids(COSBase kids, COSDictionary element, COSDictionary page) {
        if (kids instanceof COSObject reference) {
            kids = reference.getObject();
        }
        switch (kids) {
            case null -> {
            }
            case COSArray array -> {
                for (int i = 0; i < array.size(); i++) {
                    kids(array.getObject(i), element, page);
                }
            }
            case COSInteger mcid -> own(page, mcid.intValue(), element);
            case COSDictionary dictionary when MCR.equals(dictionary.getCOSName(COSName.TYPE)) -> {
                COSDictionary markPage = dictionary.getCOSDictionary(COSName.PG);
                own(markPage != null ? markPage : page, dictionary.getInt(MCID), element);
            }
            case COSDictionary dictionary when OBJR.equals(dictionary.getCOSName(COSName.TYPE)) ->
                    objectReferences.computeIfAbsent(element, e -> new ArrayList<>())
                            .add(dictionary.getCOSDictionary(COSName.OBJ));
            case COSDictionary child -> element(child, page);
            default -> problem("pdf.structure-kid", "unexpected kid " + kids + " in " + type(element));
        }
    }

    private void element(COSDictionary element, COSDictionary inheritedPage) {
        COSDictionary page = element.getCOSDictionary(COSName.PG);
        kids(element.getDictionaryObject(COSName.K), element, page != null ? page : inheritedPage);
        String type = type(element);
        switch (type) {
            case "Table" -> table(element);
            case "TH" -> {
                if (!hasScope(element.getDictionaryObject(COSName.A))) {
                    problem("pdf.table-header-scope", "TH without Scope");
                }
            }
            case "Figure" -> {
                String alt = element.getString(COSName.ALT);
                if (alt == null || alt.isBlank()) {
                    problem("pdf.figure-alt", "Figure without alternative text");
                }
            }
            default -> {
            }
        }
    }

    private void table(COSDictionary table) {
        List<COSDictionary> rows = new ArrayList<>();
        for (COSDictionary child : children(table)) {
            switch (type(child)) {
                case "TR" -> rows.add(child);
                case "THead", "TBody", "TFoot" -> children(child).stream().filter(r -> type(r).equals("TR"))
                        .forEach(rows::add);
                default -> {
                }
            }
        }
        if (rows.isEmpty()) {
            problem("pdf.table-rows", "Table without TR rows");
        }
        for (COSDictionary row : rows) {
            List<COSDictionary> cells = children(row);
            if (cells.isEmpty() || !cells.stream().allMatch(c -> type(c).equals("TH") || type(c).equals("TD"))) {
                problem("pdf.table-cells", "TR whose children are not all TH or TD: "
                        + cells.stream().map(PdfTagStructure::type).toList());
            }
        }
    }

    private static boolean hasScope(COSBase attributes) {
        if (attributes instanceof COSObject reference) {
            attributes = reference.getObject();
        }
        if (attributes instanceof COSDictionary dictionary) {
            return dictionary.containsKey(COSName.getPDFName("Scope"));
        }
        if (attributes instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (hasScope(array.getObject(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<COSDictionary> children(COSDictionary element) {
        List<COSDictionary> children = new ArrayList<>();
        COSBase kids = element.getDictionaryObject(COSName.K);
        List<COSBase> all = new ArrayList<>();
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                all.add(array.getObject(i));
            }
        } else if (kids != null) {
            all.add(kids);
        }
        for (COSBase kid : all) {
            if (kid instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S)) {
                children.add(dictionary);
            }
        }
        return children;
    }

    private static String type(COSDictionary element) {
        return element == null ? "the root" : element.getNameAsString(COSName.S);
    }

    private void own(COSDictionary page, int mcid, COSDictionary element) {
        if (page == null || element == null) {
            problem("pdf.mcid-page", "MCID " + mcid + " of " + type(element) + " has no page");
            return;
        }
        COSDictionary previous = owners.computeIfAbsent(page, p -> new HashMap<>()).put(mcid, element);
        if (previous != null && previous != element) {
            problem("pdf.mcid-owner", "MCID " + mcid + " belongs to both " + type(previous) + " and " + type(element));
        }
    }

    private void page(PDPage page, int number) throws IOException {
        Set<Integer> used = markedContentIds(page, number);
        Map<Integer, COSDictionary> owned = owners.getOrDefault(page.getCOSObject(), Map.of());
        for (int mcid : used) {
            if (!owned.containsKey(mcid)) {
                problem("pdf.mcid-orphan", "page " + number + ": MCID " + mcid + " in the content belongs to no structure element");
            }
        }
        for (Map.Entry<Integer, COSDictionary> entry : owned.entrySet()) {
            if (!used.contains(entry.getKey())) {
                problem("pdf.mcid-missing", "page " + number + ": " + type(entry.getValue()) + " claims MCID " + entry.getKey()
                        + ", which is not in the content");
            }
        }
        int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS, -1);
        COSBase entry = parentTree.get(key);
        if (!used.isEmpty() && !(entry instanceof COSArray)) {
            problem("pdf.parent-tree-entry", "page " + number + ": no parent-tree entry for its marked content");
        } else if (entry instanceof COSArray array) {
            for (int mcid : used) {
                COSBase named = mcid < array.size() ? array.getObject(mcid) : null;
                if (named != owned.get(mcid)) {
                    problem("pdf.parent-tree-entry", "page " + number + ": the parent tree names " + (named instanceof COSDictionary d
                            ? type(d) : String.valueOf(named)) + " for MCID " + mcid + ", not its element "
                            + type(owned.get(mcid)));
                }
            }
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
            if ("Link".equals(annotation.getSubtype())) {
                link(annotation.getCOSObject(), number);
            }
        }
        fonts(page.getResources(), number);
    }

    private void link(COSDictionary annotation, int page) {
        int key = annotation.getInt(COSName.STRUCT_PARENT, -1);
        if (key < 0) {
            problem("pdf.link-struct-parent", "page " + page + ": link annotation without StructParent");
            return;
        }
        COSBase named = parentTree.get(key);
        if (!(named instanceof COSDictionary element) || !"Link".equals(type(element))) {
            problem("pdf.link-struct-parent", "page " + page + ": link annotation's StructParent " + key + " is not a Link element");
            return;
        }
        boolean referenced = objectReferences.getOrDefault(element, List.of()).stream()
                .anyMatch(object -> object == annotation);
        if (!referenced) {
            problem("pdf.link-objr", "page " + page + ": the Link element has no OBJR for its annotation");
        }
    }

    private void fonts(PDResources resources, int page) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!font.isEmbedded()) {
                problem("pdf.font-embedded", "page " + page + ": font " + font.getName() + " is not embedded");
            }
        }
    }

    private Set<Integer> markedContentIds(PDPage page, int number) throws IOException {
        Set<Integer> ids = new HashSet<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && "BDC".equals(operator.getName()) && i > 0) {
                COSBase properties = (COSBase) tokens.get(i - 1);
                if (properties instanceof COSName resourceName && page.getResources() != null) {
                    properties = page.getResources().getProperties(resourceName) == null ? null
                            : page.getResources().getProperties(resourceName).getCOSObject();
                }
                if (properties instanceof COSDictionary dictionary && dictionary.containsKey(MCID)) {
                    int mcid = dictionary.getInt(MCID);
                    if (!ids.add(mcid)) {
                        problem("pdf.mcid-twice", "page " + number + ": MCID " + mcid + " is used twice in the content");
                    }
                }
            }
        }
        return ids;
    }
}
