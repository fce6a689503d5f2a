package dev.editions.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An edition's text as its reader meets it, read with the format's own parser: PDFBox for the PDF,
 * POI for the DOCX, an XML parser over the EPUB's spine, flexmark for the Markdown; and its code
 * blocks where the format marks them (in the PDF, the exact source a code block's {@code P} carries as
 * {@code /ActualText}, as its extracted text keeps neither tabs nor leading spaces).
 *
 * @param text the edition's text
 * @param codeBlocks the text of each code block, or {@code null} when the format cannot say
 * @param altTexts the text alternative of each picture, white space collapsed
 */
record EditionText(String text, List<String> codeBlocks, List<String> altTexts) {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String PREFORMATTED = "HTMLPreformatted";
    private static final Pattern DESCR = Pattern.compile("<wp:docPr [^>]*descr=\"([^\"]*)\"");

    /** Reads the edition at {@code path}, by its extension. */
    static EditionText of(Path path) {
        String name = path.getFileName().toString();
        try {
            return switch (name.substring(name.lastIndexOf('.') + 1)) {
                case "pdf" -> pdf(path);
                case "docx" -> docx(path);
                case "epub" -> epub(path);
                case "md" -> markdown(path);
                default -> throw new IllegalArgumentException("no reader for " + name);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EditionText pdf(Path path) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
            List<String> alts = new ArrayList<>();
            List<String> code = new ArrayList<>();
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                collectAlts(root.getKids(), alts);
                collectCode(root.getKids(), code);
            }
            return new EditionText(new PDFTextStripper().getText(pdf), code, alts);
        }
    }

    private static EditionText docx(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path); XWPFDocument docx = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            List<String> code = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                if (PREFORMATTED.equals(paragraph.getStyle())) {
                    code.add(paragraph.getText());
                }
            }
            List<String> alts = new ArrayList<>();
            Matcher descr = DESCR.matcher(docx.getDocument().xmlText());
            while (descr.find()) {
                addAlt(alts, unescape(descr.group(1)));
            }
            return new EditionText(extractor.getText(), code, alts);
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static void collectAlts(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getAlternateDescription() != null) {
                    addAlt(alts, element.getAlternateDescription());
                }
                collectAlts(element.getKids(), alts);
            }
        }
    }

    /** The source of each code block: the {@code /ActualText} of a {@code P} whose content is {@code Code} lines. */
    private static void collectCode(List<Object> kids, List<String> code) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                boolean codeLines = element.getKids().stream().anyMatch(child -> child instanceof PDStructureElement
                        c && "Code".equals(c.getStructureType()));
                if ("P".equals(element.getStructureType()) && codeLines && element.getActualText() != null) {
                    code.add(element.getActualText());
                } else {
                    collectCode(element.getKids(), code);
                }
            }
        }
    }

    private static void addAlt(List<String> alts, String alt) {
        String collapsed = alt.strip().replaceAll("\\s+", " ");
        if (!collapsed.isEmpty()) {
            alts.add(collapsed);
        }
    }

    private static EditionText markdown(Path path) throws IOException {
        MarkdownOracle oracle = MarkdownOracle.of(Files.readString(path));
        List<String> words = new ArrayList<>(oracle.words());
        oracle.notes().forEach(words::addAll);
        return new EditionText(String.join(" ", words), oracle.codeBlocks(), oracle.altTexts());
    }

    private static EditionText epub(Path path) throws IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Element container = xml(zip, "META-INF/container.xml");
            String opfPath = ((Element) container.getElementsByTagNameNS("*", "rootfile").item(0)).getAttribute("full-path");
            String folder = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
            Element opf = xml(zip, opfPath);
            NodeList items = opf.getElementsByTagNameNS("*", "item");
            NodeList spine = opf.getElementsByTagNameNS("*", "itemref");
            StringBuilder text = new StringBuilder();
            List<String> code = new ArrayList<>();
            List<String> alts = new ArrayList<>();
            for (int i = 0; i < spine.getLength(); i++) {
                String id = ((Element) spine.item(i)).getAttribute("idref");
                for (int j = 0; j < items.getLength(); j++) {
                    Element item = (Element) items.item(j);
                    if (item.getAttribute("id").equals(id)) {
                        Element page = xml(zip, folder + item.getAttribute("href"));
                        Node body = page.getElementsByTagNameNS(XHTML, "body").item(0);
                        appendText(body, text);
                        NodeList pres = page.getElementsByTagNameNS(XHTML, "pre");
                        for (int k = 0; k < pres.getLength(); k++) {
                            code.add(pres.item(k).getTextContent());
                        }
                        NodeList images = page.getElementsByTagNameNS(XHTML, "img");
                        for (int k = 0; k < images.getLength(); k++) {
                            addAlt(alts, ((Element) images.item(k)).getAttribute("alt"));
                        }
                    }
                }
            }
            return new EditionText(text.toString(), code, alts);
        }
    }

    /** Text in reading order; elements separate words. */
    private static void appendText(Node node, StringBuilder out) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            out.append(node.getNodeValue());
            return;
        }
        out.append(' ');
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            appendText(child, out);
        }
        out.append(' ');
    }

    private static Element xml(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("no " + name + " in the EPUB");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }
}
